package io.wearline.quality;

/**
 * The two properties of SDMetrics' single-table quality report. Each is the mean of the defined scores that count:
 * every column for Column Shapes; for Column Pair Trends the pairs that meet the thresholds, and separately every
 * pair with a defined score (thresholds 0).
 *
 * @param columnShapes the mean column score (NaN when no column is scored)
 * @param columnPairTrends the mean pair score under the options' thresholds (NaN when no pair counts)
 * @param columnPairTrendsAllPairs the mean of every defined pair score
 * @param columnsScored the columns whose score counts
 * @param pairsScored the pairs that count under the thresholds
 * @param pairsScoredAllPairs the pairs with a defined score
 * @param pairsTotal the pairs of scored kinds, counted or not
 */
public record PropertyScores(double columnShapes, double columnPairTrends, double columnPairTrendsAllPairs,
		int columnsScored, int pairsScored, int pairsScoredAllPairs, int pairsTotal) {
}
