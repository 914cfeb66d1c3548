package io.wearline.quality;

/**
 * The fidelity of one column, real against synthetic. Scores are in [0, 1], 1 the best; a figure that does not
 * apply to the column's kind, or could not be computed, is NaN (null in JSON).
 *
 * @param column the column's name
 * @param kind how it was scored
 * @param metric SDMetrics' Column Shapes metric: {@code KSComplement} (numbers) or {@code TVComplement}
 *        (categories, flags)
 * @param score that metric's score, exactly as SDMetrics 0.29 computes it; NaN when it could not be computed
 * @param missingReal the share of real rows without a value
 * @param missingSynthetic the share of synthetic rows without a value
 * @param wasserstein the Wasserstein-1 distance of the non-missing values divided by the real range (by the range
 *        of both tables when the real column is constant), so 0 is identical and 1 is "a whole range apart";
 *        numbers only
 * @param jensenShannon the Jensen–Shannon divergence (base 2, so in [0, 1], 0 identical) of the non-missing
 *        values: over equal-width bins spanning both tables for numbers, over the labels for categories
 * @param rangeCoverage SDMetrics' RangeCoverage: how much of the real range the synthetic values span; NaN for a
 *        constant real column; numbers only
 * @param boundaryAdherence SDMetrics' BoundaryAdherence: the share of the synthetic non-missing values within the
 *        real minimum and maximum; numbers only
 * @param categoryCoverage SDMetrics' CategoryCoverage: the share of real categories the synthetic table has;
 *        categories and flags only
 * @param categoryAdherence SDMetrics' CategoryAdherence: the share of synthetic non-missing values that are real
 *        categories; categories and flags only
 * @param constantReal whether the real column holds exactly one distinct value
 * @param constantSynthetic whether the synthetic column holds exactly one distinct value
 * @param error why the score is missing, or null
 * @param histogram the real and synthetic distributions, for charts
 * @param realValues mean, spread and extremes of the real values; numbers only ({@link ValueSummary#none()} else)
 * @param syntheticValues the same of the synthetic values
 */
public record ColumnResult(String column, ColumnKind kind, String metric, double score, double missingReal,
		double missingSynthetic, double wasserstein, double jensenShannon, double rangeCoverage,
		double boundaryAdherence, double categoryCoverage, double categoryAdherence, boolean constantReal,
		boolean constantSynthetic, String error, Histogram histogram, ValueSummary realValues,
		ValueSummary syntheticValues) {

	/** Whether the score counts in the Column Shapes property (it is a number). */
	public boolean isScored() {
		return !Double.isNaN(score);
	}
}
