package io.wearline.quality;

import io.wearline.data.Median;

/**
 * The centre, spread and extremes of a numeric column's non-missing values in one table, so that a report can say
 * how a synthetic column is off ("shifted up by 1.2 standard deviations", "misses the upper tail"). Every figure is
 * NaN for a column without values (and for categories and flags, which have no such summary).
 *
 * @param mean the arithmetic mean
 * @param standardDeviation the sample standard deviation (divisor n - 1; NaN for fewer than two values)
 * @param min the smallest value
 * @param median the median
 * @param max the largest value
 */
public record ValueSummary(double mean, double standardDeviation, double min, double median, double max) {

	/** No values: every figure NaN. */
	public static ValueSummary none() {
		double nan = Double.NaN;
		return new ValueSummary(nan, nan, nan, nan, nan);
	}

	/** The summary of non-missing values sorted in ascending order. */
	public static ValueSummary ofSorted(double[] sorted) {
		int n = sorted.length;
		if (n == 0) {
			return none();
		}
		double sum = 0;
		for (double value : sorted) {
			sum += value;
		}
		double mean = sum / n;
		double squares = 0;
		for (double value : sorted) {
			squares += (value - mean) * (value - mean);
		}
		return new ValueSummary(mean, n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1)), sorted[0],
				Median.ofSorted(sorted), sorted[n - 1]);
	}
}
