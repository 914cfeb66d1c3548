package io.wearline.pipeline;

/**
 * What a finished step made; a figure a step does not make is 0, NaN or {@code -}.
 *
 * @param rows the seed rows (seed)
 * @param units the units simulated (seed)
 * @param epochs the epochs trained (train)
 * @param bestEpoch the epoch that became the model (train)
 * @param generatedRows the rows generated over the three splits (generate)
 * @param overall the overall quality score (score)
 * @param verdict {@code pass} or {@code fail} (score)
 * @param seconds how long the step took
 */
public record StepFigures(long rows, int units, int epochs, int bestEpoch, long generatedRows, double overall,
		String verdict, double seconds) {

	/** A step that makes no figure but its time. */
	public static StepFigures timeOnly(double seconds) {
		return new StepFigures(0, 0, 0, 0, 0, Double.NaN, "-", seconds);
	}
}
