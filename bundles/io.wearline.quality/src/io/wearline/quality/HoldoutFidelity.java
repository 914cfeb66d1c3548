package io.wearline.quality;

/**
 * Fidelity of the synthetic rows against rows the synthesizer never saw (the holdout), beside the report's fidelity
 * against its training rows. A synthesizer that learnt its training rows by heart scores well against them and
 * worse here; for training rows simulated from a profile, where privacy does not gate, this is the fidelity that
 * counts: the verdict and the headline use it ({@link QualityScores#of}).
 *
 * @param holdout what the holdout rows are, in words (e.g. "20,000 rows simulated afresh from profile.machine")
 * @param rows the holdout rows
 * @param properties Column Shapes and Column Pair Trends against the holdout, as SDMetrics computes them
 * @param overall the overall score against the holdout (the options' thresholds)
 * @param overallAllPairs the overall score against the holdout with every pair counted
 */
public record HoldoutFidelity(String holdout, int rows, PropertyScores properties, double overall,
		double overallAllPairs) {
}
