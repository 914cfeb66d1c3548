package io.wearline.quality;

/**
 * The headline figures of a {@link QualityReport}, the ones a person or a threshold looks at first. Every score is
 * in [0, 1], 1 the best, and NaN when it was not measured. The fidelity figures (overall, Column Shapes, Column Pair
 * Trends) are those against rows the synthesizer never saw when the report has them
 * ({@link QualityReport#holdoutFidelity()}), else those against its training rows.
 *
 * @param overall SDMetrics' overall score with its default thresholds ({@link QualityReport#overall()})
 * @param overallAllPairs the overall score with every pair counted
 * @param columnShapes the Column Shapes property
 * @param columnPairTrends the Column Pair Trends property under the options' thresholds
 * @param columnPairTrendsAllPairs the Column Pair Trends property over every pair
 * @param utility 1 minus the largest drop of a target's primary metric (R², F1) from the model trained on real rows
 *        to the one trained on synthetic rows, in [0, 1]: 1 when every synthetic-trained model predicts as well as
 *        its real-trained one, 0.8 when one loses 0.2 of R² or F1. A drop rather than a ratio, because a ratio of
 *        two weak models (F1 0.12 against 0.17 on a rare failure flag) is noise; NaN when utility was not measured
 * @param privacy SDMetrics' DCR overfitting protection; NaN without a holdout
 * @param exactCopies the share of synthetic rows that copy a real training row (lower is better)
 * @param sequence the sequence fidelity score; NaN when the tables carry no sequence
 * @param overallAgainstTraining the overall score against the training rows ({@link QualityReport#overall()}), the
 *        same as {@code overall} when the report has no fidelity against unseen rows
 */
public record QualityScores(double overall, double overallAllPairs, double columnShapes, double columnPairTrends,
		double columnPairTrendsAllPairs, double utility, double privacy, double exactCopies, double sequence,
		double overallAgainstTraining) {

	/** The headline figures of a report: fidelity against unseen rows when measured. */
	public static QualityScores of(QualityReport report) {
		HoldoutFidelity unseen = report.holdoutFidelity();
		PropertyScores properties = unseen == null ? report.properties() : unseen.properties();
		double overall = unseen == null ? report.overall() : unseen.overall();
		double overallAllPairs = unseen == null ? report.overallAllPairs() : unseen.overallAllPairs();
		return new QualityScores(overall, overallAllPairs, properties.columnShapes(),
				properties.columnPairTrends(), properties.columnPairTrendsAllPairs(), utility(report.utility()),
				report.privacy().score(), report.privacy().exactCopies(),
				report.sequence() == null ? Double.NaN : report.sequence().score(), report.overall());
	}

	/** The utility score of a utility report, as {@link #utility()} defines it; NaN for null or no result. */
	public static double utility(UtilityReport utility) {
		if (utility == null) {
			return Double.NaN;
		}
		double worst = Double.NaN;
		for (UtilityResult result : utility.results()) {
			if (Double.isNaN(result.realPrimary()) || Double.isNaN(result.syntheticPrimary())) {
				continue;
			}
			double kept = Math.max(0, Math.min(1, 1 - (result.realPrimary() - result.syntheticPrimary())));
			worst = Double.isNaN(worst) ? kept : Math.min(worst, kept);
		}
		return worst;
	}
}
