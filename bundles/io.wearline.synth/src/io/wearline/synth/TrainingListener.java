package io.wearline.synth;

import java.nio.file.Path;

/**
 * Observes a training run, for a view or the command line. Called on the training's thread; an implementation
 * returns quickly and does not throw.
 */
public interface TrainingListener {

	/** A listener that does nothing. */
	TrainingListener NONE = new TrainingListener() {
	};

	/**
	 * The run is prepared (data transformed, network made or restored) and its first epoch starts.
	 *
	 * @param runId the run's id
	 * @param runFolder the run's folder
	 * @param epochsDone the epochs done before (0, or the checkpoint's epoch when resumed)
	 * @param epochs the epochs of the run in all
	 * @param trainingRows the rows trained on
	 * @param validationRows the rows held out
	 * @param layoutWidth the width of the network's numeric form
	 */
	default void runStarted(String runId, Path runFolder, int epochsDone, int epochs, int trainingRows,
			int validationRows, int layoutWidth) {
	}

	/** An epoch ended and its checkpoint is written. */
	default void epochEnded(EpochRecord epoch) {
	}
}
