package io.wearline.synth.internal.nn;

/**
 * Thrown when a training step gives a loss or parameters that are NaN or infinite. The step's update is not
 * applied; the network holds the values of the step before and must not be saved as a trained model (the trainer
 * goes back to its last checkpoint). Usually a sign of inputs out of the transformer's range or of a learning
 * rate that is too high.
 */
public final class TrainingDivergedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final int epoch;
	private final int batch;

	TrainingDivergedException(int epoch, int batch, String what) {
		super("the training diverged in epoch " + (epoch + 1) + ", batch " + (batch + 1) + ": " + what
				+ "; lower the learning rate or check the data for values outside [-1, 1] in scalar columns");
		this.epoch = epoch;
		this.batch = batch;
	}

	/** The epoch that diverged, from 0. */
	public int epoch() {
		return epoch;
	}

	/** The batch that diverged, from 0. */
	public int batch() {
		return batch;
	}
}
