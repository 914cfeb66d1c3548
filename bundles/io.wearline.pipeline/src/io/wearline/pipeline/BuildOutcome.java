package io.wearline.pipeline;

/**
 * How one machine's build ended: one row of a fleet build's summary.
 *
 * @param machine the machine's id, or the profile file's name when no id was read
 * @param step the step it stopped at, or {@code done}
 * @param succeeded whether every step passed, the quality thresholds included
 * @param message why it failed, or a short word on what it made
 * @param seedRows the rows seeded, 0 when not seeded
 * @param epochs the epochs trained, 0 when not trained
 * @param generatedRows the rows generated over the three splits, 0 when none
 * @param overall the overall quality score, NaN when not scored
 * @param verdict {@code pass}, {@code fail} or {@code -}
 * @param seconds how long the machine's build took
 */
public record BuildOutcome(String machine, String step, boolean succeeded, String message, long seedRows, int epochs,
		long generatedRows, double overall, String verdict, double seconds) {
}
