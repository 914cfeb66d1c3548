package io.wearline.quality;

/**
 * The trend of one pair of columns, real against synthetic, as SDMetrics' Column Pair Trends property scores it:
 * two numeric columns by {@code CorrelationSimilarity} (1 - |r_real - r_synthetic| / 2), any other pair by
 * {@code ContingencySimilarity} (1 - total variation distance of the two contingency tables), with a numeric
 * column of a mixed pair cut into equal-width bins first. Figures that do not apply are NaN (null in JSON).
 *
 * @param column1 the first column, in real schema order
 * @param column2 the second column
 * @param metric {@code CorrelationSimilarity} or {@code ContingencySimilarity}
 * @param score the pair's score with the options' coefficient; NaN when it is not defined (see {@code error})
 * @param realPearson Pearson's r of the real pair (complete rows)
 * @param syntheticPearson Pearson's r of the synthetic pair
 * @param realSpearman Spearman's rho of the real pair
 * @param syntheticSpearman Spearman's rho of the synthetic pair
 * @param realAssociation Cramér's V of the real contingency table (discrete and mixed pairs)
 * @param meetsThreshold whether the pair counts in the property score under the options' thresholds (SDMetrics'
 *        "Meets Threshold?" with the score defined)
 * @param countsInAllPairs whether it counts when every pair is scored (thresholds 0)
 * @param error why the pair is not scored (SDMetrics' message, e.g. its {@code ConstantInputError}), or null
 */
public record PairResult(String column1, String column2, String metric, double score, double realPearson,
		double syntheticPearson, double realSpearman, double syntheticSpearman, double realAssociation,
		boolean meetsThreshold, boolean countsInAllPairs, String error) {

	/** The metric name of numeric pairs. */
	public static final String CORRELATION = "CorrelationSimilarity";
	/** The metric name of discrete and mixed pairs. */
	public static final String CONTINGENCY = "ContingencySimilarity";

	/** The CorrelationSimilarity of a numeric pair with this coefficient; NaN for other pairs or undefined ones. */
	public double correlationScore(Coefficient coefficient) {
		double real = coefficient == Coefficient.PEARSON ? realPearson : realSpearman;
		double synthetic = coefficient == Coefficient.PEARSON ? syntheticPearson : syntheticSpearman;
		return 1 - Math.abs(real - synthetic) / 2;
	}

	/** The real correlation with this coefficient (NaN for contingency pairs). */
	public double realCorrelation(Coefficient coefficient) {
		return coefficient == Coefficient.PEARSON ? realPearson : realSpearman;
	}

	/** The synthetic correlation with this coefficient (NaN for contingency pairs). */
	public double syntheticCorrelation(Coefficient coefficient) {
		return coefficient == Coefficient.PEARSON ? syntheticPearson : syntheticSpearman;
	}
}
