package io.wearline.quality;

/**
 * What is off about one column or pair, in one sentence, for the worst-first lists of reports and the command line
 * ({@link QualityFindings}).
 *
 * @param subject the column, or the pair written {@code a / b}
 * @param metric the score's metric ({@code KSComplement}, {@code TVComplement}, {@code CorrelationSimilarity},
 *        {@code ContingencySimilarity})
 * @param score the score, NaN when it is not scored
 * @param sentence what is off, e.g. "synthetic values are shifted up by 1.2 std (mean 5.1 against 3.9)." or why it
 *        is not scored
 */
public record Finding(String subject, String metric, double score, String sentence) {
	/** Whether the subject has a score. */
	public boolean isScored() {
		return !Double.isNaN(score);
	}

	/** The subject and the sentence: {@code s3: synthetic values are shifted up by 1.2 std ...}. */
	public String text() {
		return subject + ": " + sentence;
	}
}
