package io.wearline.synth;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a training run is asked to do beyond the profile's training section. {@link #defaults()} trains the
 * profile's epochs with its seed on one thread, holds out 10% of the rows for the validation loss and never stops
 * early; the {@code with...} methods change one setting.
 *
 * @param epochs the epochs to train; empty for the profile's (300 by default). On resume: the run's total, empty
 *            for the run's own
 * @param seed the training seed; empty for the profile's training seed (42 by default). A resumed run keeps its own
 * @param threads the ND4J threads (for the whole JVM); the same data, settings, seed and thread count give the same
 *            loss curve and model
 * @param patience stop when the validation loss has not improved for this many epochs; 0 never stops early (nor
 *            does a run without held-out rows)
 * @param validationShare the share of the seed rows held out for the validation loss, in [0, 0.5]; rows are drawn
 *            with the seed
 * @param resume continue the machine's last cancelled or interrupted run from its last checkpoint instead of
 *            starting a new run
 */
public record TrainingRequest(OptionalInt epochs, OptionalLong seed, int threads, int patience,
		double validationShare, boolean resume) {

	/** The share of rows held out by default. */
	public static final double VALIDATION_SHARE = 0.1;

	/** Checks the settings. */
	public TrainingRequest {
		if (epochs.isPresent() && epochs.getAsInt() < 1) {
			throw new IllegalArgumentException("a training needs at least 1 epoch, not " + epochs.getAsInt());
		}
		if (threads < 1) {
			throw new IllegalArgumentException("a training needs at least 1 thread, not " + threads);
		}
		if (patience < 0) {
			throw new IllegalArgumentException("the patience of early stopping is 0 (off) or more, not " + patience);
		}
		if (!(validationShare >= 0 && validationShare <= 0.5)) {
			throw new IllegalArgumentException("the validation share is between 0 and 0.5, not " + validationShare);
		}
	}

	/** The profile's epochs and seed, one thread, 10% validation rows, no early stopping, a new run. */
	public static TrainingRequest defaults() {
		return new TrainingRequest(OptionalInt.empty(), OptionalLong.empty(), 1, 0, VALIDATION_SHARE, false);
	}

	/** The same request with a number of epochs. */
	public TrainingRequest withEpochs(int count) {
		return new TrainingRequest(OptionalInt.of(count), seed, threads, patience, validationShare, resume);
	}

	/** The same request with a seed. */
	public TrainingRequest withSeed(long value) {
		return new TrainingRequest(epochs, OptionalLong.of(value), threads, patience, validationShare, resume);
	}

	/** The same request with a thread count. */
	public TrainingRequest withThreads(int count) {
		return new TrainingRequest(epochs, seed, count, patience, validationShare, resume);
	}

	/** The same request with early stopping after {@code epochs} epochs without a better validation loss. */
	public TrainingRequest withPatience(int count) {
		return new TrainingRequest(epochs, seed, threads, count, validationShare, resume);
	}

	/** The same request with another validation share. */
	public TrainingRequest withValidationShare(double share) {
		return new TrainingRequest(epochs, seed, threads, patience, share, resume);
	}

	/** The same request, resuming or not. */
	public TrainingRequest withResume(boolean value) {
		return new TrainingRequest(epochs, seed, threads, patience, validationShare, value);
	}
}
