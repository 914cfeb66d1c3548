package io.wearline.quality;

/**
 * The headline figures of a {@link QualityReport}, the ones a person or a threshold looks at first. Every score is
 * in [0, 1], 1 the best, and NaN when it was not measured.
 *
 * @param overall SDMetrics' overall score with its default thresholds ({@link QualityReport#overall()})
 * @param overallAllPairs the overall score with every pair counted
 * @param columnShapes the Column Shapes property
 * @param columnPairTrends the Column Pair Trends property under the options' thresholds
 * @param columnPairTrendsAllPairs the Column Pair Trends property over every pair
 * @param utility the worst target's synthetic-over-real ratio of its primary metric (R², F1), capped at 1; targets
 *        whose real model scores 0 or less say nothing and are left out; NaN when utility was not measured
 * @param privacy SDMetrics' DCR overfitting protection; NaN without a holdout
 * @param exactCopies the share of synthetic rows that copy a real training row (lower is better)
 * @param sequence the sequence fidelity score; NaN when the tables carry no sequence
 */
public record QualityScores(double overall, double overallAllPairs, double columnShapes, double columnPairTrends,
		double columnPairTrendsAllPairs, double utility, double privacy, double exactCopies, double sequence) {

	/** The headline figures of a report. */
	public static QualityScores of(QualityReport report) {
		PropertyScores properties = report.properties();
		return new QualityScores(report.overall(), report.overallAllPairs(), properties.columnShapes(),
				properties.columnPairTrends(), properties.columnPairTrendsAllPairs(), utility(report.utility()),
				report.privacy().score(), report.privacy().exactCopies(),
				report.sequence() == null ? Double.NaN : report.sequence().score());
	}

	/** The utility score of a utility report, as {@link #utility()} defines it; NaN for null or no result. */
	public static double utility(UtilityReport utility) {
		if (utility == null) {
			return Double.NaN;
		}
		double worst = Double.NaN;
		for (UtilityResult result : utility.results()) {
			if (!(result.realPrimary() > 0) || Double.isNaN(result.syntheticPrimary())) {
				continue;
			}
			double ratio = Math.max(0, Math.min(1, result.syntheticPrimary() / result.realPrimary()));
			worst = Double.isNaN(worst) ? ratio : Math.min(worst, ratio);
		}
		return worst;
	}
}
