package io.wearline.data;

import java.util.Arrays;

/** Computes the numeric statistics of DOUBLE, LONG, INT and BOOLEAN columns on a sorted copy of the values. */
final class NumericSummary {
	private NumericSummary() {
	}

	static ColumnStatistics of(Column column, ColumnValues values) {
		double[] present = presentValues(values);
		int n = present.length;
		long missing = values.size() - n;
		if (n == 0) {
			return ColumnStatistics.textual(column, 0, missing, 0);
		}
		Arrays.sort(present);
		double mean = mean(present);
		long distinct = values instanceof LongValues longs ? distinctLongs(longs) : distinct(present);
		return new ColumnStatistics(column.name(), column.type(), n, missing, mean, std(present, mean), present[0],
				quantile(present, 0.25), quantile(present, 0.5), quantile(present, 0.75), present[n - 1], distinct);
	}

	private static double[] presentValues(ColumnValues values) {
		double[] present = new double[values.size()];
		int n = 0;
		for (int r = 0; r < values.size(); r++) {
			if (values.isMissing(r)) {
				continue;
			}
			double value = switch (values) {
				case DoubleValues d -> d.get(r);
				case LongValues l -> l.get(r);
				case IntValues i -> i.get(r);
				case BooleanValues b -> b.get(r) ? 1 : 0;
				default -> throw new IllegalArgumentException(values.type() + " is not numeric");
			};
			if (!Double.isNaN(value)) {
				present[n++] = value;
			}
		}
		return Arrays.copyOf(present, n);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** Two passes (mean first, then squared deviations) to avoid the cancellation of the one-pass formula. */
	private static double std(double[] values, double mean) {
		if (values.length < 2) {
			return Double.NaN;
		}
		double squares = 0;
		for (double value : values) {
			squares += (value - mean) * (value - mean);
		}
		return Math.sqrt(squares / (values.length - 1));
	}

	/** Linear interpolation between the closest ranks of sorted values (type 7). */
	static double quantile(double[] sorted, double p) {
		double position = (sorted.length - 1) * p;
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	private static long distinct(double[] sorted) {
		long distinct = 1;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] != sorted[i - 1]) { // not Double.compare: -0.0 and 0.0 are one value
				distinct++;
			}
		}
		return distinct;
	}

	private static long distinctLongs(LongValues values) {
		long[] present = new long[values.size()];
		int n = 0;
		for (int r = 0; r < values.size(); r++) {
			if (!values.isMissing(r)) {
				present[n++] = values.get(r);
			}
		}
		Arrays.sort(present, 0, n);
		long distinct = n == 0 ? 0 : 1;
		for (int i = 1; i < n; i++) {
			if (present[i] != present[i - 1]) {
				distinct++;
			}
		}
		return distinct;
	}
}
