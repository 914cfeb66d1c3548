package io.wearline.synth;

/**
 * One finished training epoch, as the run record keeps it and listeners see it.
 *
 * @param epoch the epoch, from 1
 * @param epochs the epochs the run trains in all
 * @param loss the mean training loss of its batches
 * @param validationLoss the loss on the held-out rows after it; NaN when no rows are held out
 * @param seconds how long it took, validation and checkpoint included
 * @param etaSeconds the estimated time left for the remaining epochs (this session's mean epoch time)
 * @param best whether its validation loss is the lowest so far (always true without held-out rows)
 */
public record EpochRecord(int epoch, int epochs, double loss, double validationLoss, double seconds,
		double etaSeconds, boolean best) {

	/** The time left written for people: {@code 0:42}, {@code 12:05}, {@code 1:02:03}. */
	public String timeLeft() {
		return io.wearline.synth.internal.train.TimeLeft.format(etaSeconds);
	}
}
