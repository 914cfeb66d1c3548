package io.wearline.synth.internal.transform;

/**
 * The kept modes of a continuous column's variational mixture, in the column's own units: the form the data
 * transformer keeps and saves. For a value x, mode c's posterior weight is proportional to
 * exp(offset[c] - ((x - mean[c]) / std[c])^2 / 2), the variational expectation the mixture itself uses.
 *
 * @param weights each mode's weight, summing to 1 over the kept modes
 * @param means each mode's mean
 * @param stds each mode's standard deviation, > 0
 * @param offsets each mode's log-density offset (see above)
 * @param iterations the variational iterations the fit took (for the record, not saved)
 */
public record Mixture(double[] weights, double[] means, double[] stds, double[] offsets, int iterations) {
	/** Checks that the arrays describe the same modes. */
	public Mixture {
		int size = weights.length;
		if (size == 0 || means.length != size || stds.length != size || offsets.length != size) {
			throw new IllegalArgumentException("a mixture needs at least one mode and as many means, standard "
					+ "deviations and offsets as weights");
		}
		for (int c = 0; c < size; c++) {
			if (!(stds[c] > 0) || !Double.isFinite(stds[c]) || !Double.isFinite(means[c])
					|| !Double.isFinite(offsets[c]) || !(weights[c] >= 0)) {
				throw new IllegalArgumentException("mode " + c + " of a mixture is not usable: weight " + weights[c]
						+ ", mean " + means[c] + ", std " + stds[c] + ", offset " + offsets[c]);
			}
		}
	}

	/** How many modes there are. */
	public int size() {
		return weights.length;
	}
}
