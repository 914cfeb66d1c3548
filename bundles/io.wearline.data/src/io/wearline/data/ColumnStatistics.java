package io.wearline.data;

import java.util.Locale;

/**
 * A summary of one column's values.
 * <p>
 * Methods: {@code count} is the number of rows with a value, {@code missing} the rows without one; for DOUBLE
 * columns a NaN value counts as missing here. For numeric and BOOLEAN columns (true = 1, false = 0) the mean is
 * the arithmetic mean, {@code std} the sample standard deviation (divisor n - 1, NaN for fewer than two values),
 * and the quantiles are exact: the values are sorted and p25, p50 and p75 interpolate linearly between the two
 * closest ranks (position (n - 1) p, Hyndman and Fan's type 7, as R and NumPy do by default). LONG values are
 * summarised as doubles, so values beyond 2^53 round. {@code distinct} is exact for every type (numbers are
 * counted on the sorted values; NaN-free by the rule above). For STRING and CATEGORICAL columns every numeric
 * field is NaN. Every numeric field is NaN when the column has no values.
 *
 * @param name the column's name
 * @param type the column's type
 * @param count rows with a value
 * @param missing rows without a value
 * @param mean the arithmetic mean
 * @param std the sample standard deviation
 * @param min the smallest value
 * @param p25 the first quartile
 * @param median the median (p50)
 * @param p75 the third quartile
 * @param max the largest value
 * @param distinct how many different values there are, exactly
 */
public record ColumnStatistics(String name, ColumnType type, long count, long missing, double mean, double std,
		double min, double p25, double median, double p75, double max, long distinct) {

	/** The statistics of a column's values. */
	public static ColumnStatistics of(Column column, ColumnValues values) {
		return switch (values) {
			case StringValues strings -> TextSummary.of(column, strings);
			case CategoricalValues categories -> TextSummary.of(column, categories);
			default -> NumericSummary.of(column, values);
		};
	}

	/** Statistics without numeric fields, for text and categories. */
	static ColumnStatistics textual(Column column, long count, long missing, long distinct) {
		double nan = Double.NaN;
		return new ColumnStatistics(column.name(), column.type(), count, missing, nan, nan, nan, nan, nan, nan, nan,
				distinct);
	}

	/** One line for a person: name, type, counts and the numeric summary where there is one. */
	@Override
	public String toString() {
		String counts = String.format(Locale.ROOT, "%s (%s): %d values, %d missing, %d distinct", name, type, count,
				missing, distinct);
		if (Double.isNaN(mean)) {
			return counts;
		}
		return counts + String.format(Locale.ROOT,
				", mean %.6g, std %.6g, min %.6g, p25 %.6g, median %.6g, p75 %.6g, max %.6g", mean, std, min, p25,
				median, p75, max);
	}
}
