package io.wearline.data;

import java.util.Arrays;

/**
 * The median of a set of numbers: the middle value, or the mean of the two middle values of an even count (as
 * NumPy's median and the p50 of {@link ColumnStatistics}); NaN for none. One rule for every figure Wearline calls
 * a median: the quality report's summaries, privacy distances and sequence statistics, and the benchmarks.
 */
public final class Median {
	private Median() {
	}

	/** The median of {@code values}, which it leaves as they are; NaN for none. */
	public static double of(double[] values) {
		return of(values, values.length);
	}

	/** The median of the first {@code n} of {@code values}, which it leaves as they are; NaN when n is 0. */
	public static double of(double[] values, int n) {
		double[] sorted = Arrays.copyOf(values, n);
		Arrays.sort(sorted);
		return ofSorted(sorted);
	}

	/** The median of values already sorted in ascending order; NaN for none. */
	public static double ofSorted(double[] sorted) {
		int n = sorted.length;
		if (n == 0) {
			return Double.NaN;
		}
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
