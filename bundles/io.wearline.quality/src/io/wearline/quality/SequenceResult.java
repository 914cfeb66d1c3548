package io.wearline.quality;

import java.util.List;

/**
 * Sequence fidelity of run-to-failure data, which SDMetrics does not measure: rows grouped into units by the unit
 * column and ordered by the cycle column. Compared real against synthetic: the distribution of life lengths (rows
 * per unit) by KS complement, and per numeric column the median over units of its slope against the cycle and of
 * its lag-1 autocorrelation.
 *
 * @param syntheticHasSequence whether the synthetic rows form sequences (unit and cycle columns present, units of
 *        more than one row); when not, the notes say why and only the life lengths are compared
 * @param realUnits the units of the real table
 * @param syntheticUnits the units of the synthetic table
 * @param realMedianLife the median rows per real unit
 * @param syntheticMedianLife the median rows per synthetic unit
 * @param lifeLength KS complement of the two distributions of rows per unit
 * @param columns the trends of each numeric column other than unit and cycle
 * @param score the mean of the life-length score and every column's trend and autocorrelation scores
 */
public record SequenceResult(boolean syntheticHasSequence, int realUnits, int syntheticUnits, double realMedianLife,
		double syntheticMedianLife, double lifeLength, List<SequenceColumn> columns, double score) {

	/** Copies the list. */
	public SequenceResult {
		columns = List.copyOf(columns);
	}

	/**
	 * One column's trend over the life of a unit.
	 *
	 * @param column the column
	 * @param realSlope the median over real units of the least-squares slope against the cycle (units per cycle)
	 * @param syntheticSlope the same over synthetic units
	 * @param trendScore 1 minus the difference of the two slopes times the median real life, in units of two real
	 *        standard deviations, floored at 0: 1 when the column drifts the same over a typical life, 0 when the
	 *        drifts differ by two standard deviations or more
	 * @param realAutocorrelation the median over real units of the lag-1 autocorrelation
	 * @param syntheticAutocorrelation the same over synthetic units
	 * @param autocorrelationScore 1 - |difference| / 2, like SDMetrics' correlation similarity
	 */
	public record SequenceColumn(String column, double realSlope, double syntheticSlope, double trendScore,
			double realAutocorrelation, double syntheticAutocorrelation, double autocorrelationScore) {
	}
}
