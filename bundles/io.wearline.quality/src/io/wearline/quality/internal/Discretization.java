package io.wearline.quality.internal;

/**
 * numpy's equal-width binning as SDMetrics' ColumnPairTrends uses it for a numeric column paired with a
 * categorical one, reproduced operation for operation so that values on an edge fall into the same bin.
 */
public final class Discretization {
	private Discretization() {
	}

	/**
	 * {@code np.histogram_bin_edges(values, bins)}: {@code bins + 1} edges from the minimum to the maximum, spread
	 * by {@code np.linspace} (edge i = i * step + min, the last edge exactly the maximum); a constant column spans
	 * its value +- 0.5 and an empty one [0, 1].
	 *
	 * @param sorted the non-missing values, ascending
	 * @throws IllegalArgumentException as numpy raises ValueError, when the range is not finite
	 */
	public static double[] histogramEdges(double[] sorted, int bins) {
		double first = sorted.length == 0 ? 0 : sorted[0];
		double last = sorted.length == 0 ? 1 : sorted[sorted.length - 1];
		if (!Double.isFinite(first) || !Double.isFinite(last)) {
			throw new IllegalArgumentException("autodetected range of [" + first + ", " + last + "] is not finite");
		}
		if (first == last) {
			first -= 0.5;
			last += 0.5;
		}
		double[] edges = new double[bins + 1];
		double delta = last - first;
		double step = delta / bins;
		for (int i = 0; i < bins; i++) {
			// numpy's special case for a step that underflows to zero: divide first, then scale
			edges[i] = step == 0 ? (double) i / bins * delta + first : i * step + first;
		}
		edges[bins] = last;
		return edges;
	}

	/**
	 * {@code np.digitize(values, edges)} for ascending edges: the number of edges not above each value (so 1 for
	 * the minimum and {@code edges.length} for the maximum); NaN sorts last, so a missing value gets
	 * {@code edges.length} too, as in numpy.
	 */
	public static int[] digitize(double[] values, double[] edges) {
		int[] codes = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			codes[i] = upperBound(edges, values[i]);
		}
		return codes;
	}

	/** The number of sorted values that are not above x; every value for NaN. */
	static int upperBound(double[] sorted, double x) {
		if (Double.isNaN(x)) {
			return sorted.length;
		}
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= x) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The number of sorted values below x. */
	static int lowerBound(double[] sorted, double x) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < x) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
