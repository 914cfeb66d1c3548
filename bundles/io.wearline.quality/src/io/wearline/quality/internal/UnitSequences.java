package io.wearline.quality.internal;

import java.util.Arrays;

import io.wearline.data.Median;

/**
 * The rows of a run-to-failure table grouped into units and ordered by cycle: row indexes unit after unit, each
 * unit's rows by ascending cycle, with the start of each unit. Rows without a unit or cycle are left out.
 */
final class UnitSequences {
	final int[] order;
	final int[] starts;

	private UnitSequences(int[] order, int[] starts) {
		this.order = order;
		this.starts = starts;
	}

	static UnitSequences of(NumericColumn units, NumericColumn cycles) {
		int[] kept = new int[units.rows()];
		int count = 0;
		for (int r = 0; r < units.rows(); r++) {
			if (!Double.isNaN(units.value(r)) && !Double.isNaN(cycles.value(r))) {
				kept[count++] = r;
			}
		}
		int[] order = Arrays.copyOf(kept, count);
		// stable sorts: by cycle, then by unit, gives unit after unit with each unit's cycles ascending
		IndexSort.sort(order, cycles.values());
		IndexSort.sort(order, units.values());
		int[] starts = new int[count + 1];
		int unitCount = 0;
		for (int i = 0; i < count; i++) {
			if (i == 0 || units.value(order[i]) != units.value(order[i - 1])) {
				starts[unitCount++] = i;
			}
		}
		starts[unitCount] = count;
		return new UnitSequences(order, Arrays.copyOf(starts, unitCount + 1));
	}

	/** The number of units. */
	int units() {
		return starts.length - 1;
	}

	/** The rows of each unit. */
	double[] lengths() {
		double[] lengths = new double[units()];
		for (int u = 0; u < lengths.length; u++) {
			lengths[u] = starts[u + 1] - starts[u];
		}
		return lengths;
	}

	/** The median over units (with at least three values) of the least-squares slope of a column against cycle. */
	double medianSlope(NumericColumn column, NumericColumn cycles) {
		double[] slopes = new double[units()];
		int n = 0;
		for (int u = 0; u < units(); u++) {
			double sx = 0;
			double sy = 0;
			int count = 0;
			for (int i = starts[u]; i < starts[u + 1]; i++) {
				double y = column.value(order[i]);
				if (!Double.isNaN(y)) {
					sx += cycles.value(order[i]);
					sy += y;
					count++;
				}
			}
			if (count < 3) {
				continue;
			}
			double mx = sx / count;
			double my = sy / count;
			double sxy = 0;
			double sxx = 0;
			for (int i = starts[u]; i < starts[u + 1]; i++) {
				double y = column.value(order[i]);
				if (!Double.isNaN(y)) {
					double dx = cycles.value(order[i]) - mx;
					sxy += dx * (y - my);
					sxx += dx * dx;
				}
			}
			if (sxx > 0) {
				slopes[n++] = sxy / sxx;
			}
		}
		return Median.of(slopes, n);
	}

	/**
	 * The median over units (with at least three values) of the lag-1 autocorrelation: the sum of products of
	 * consecutive deviations from the unit's mean over the sum of squared deviations; consecutive pairs with a missing
	 * value are skipped, a unit without variation has none.
	 */
	double medianAutocorrelation(NumericColumn column) {
		double[] values = new double[units()];
		int n = 0;
		for (int u = 0; u < units(); u++) {
			double sum = 0;
			int count = 0;
			for (int i = starts[u]; i < starts[u + 1]; i++) {
				double y = column.value(order[i]);
				if (!Double.isNaN(y)) {
					sum += y;
					count++;
				}
			}
			if (count < 3) {
				continue;
			}
			double mean = sum / count;
			double squares = 0;
			double products = 0;
			for (int i = starts[u]; i < starts[u + 1]; i++) {
				double y = column.value(order[i]);
				if (Double.isNaN(y)) {
					continue;
				}
				squares += (y - mean) * (y - mean);
				if (i + 1 < starts[u + 1]) {
					double next = column.value(order[i + 1]);
					if (!Double.isNaN(next)) {
						products += (y - mean) * (next - mean);
					}
				}
			}
			if (squares > 0) {
				values[n++] = products / squares;
			}
		}
		return Median.of(values, n);
	}
}
