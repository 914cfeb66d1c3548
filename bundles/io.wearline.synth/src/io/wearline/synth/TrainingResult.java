package io.wearline.synth;

import java.nio.file.Path;
import java.util.List;

/**
 * How a training run ended and what it left.
 *
 * @param outcome how it ended
 * @param message what happened, for people: where the model is, or what went wrong and what to do
 * @param runId the run's id; empty when no run was started (nothing to resume)
 * @param runFolder the run's folder with its {@code run.json}; null when no run was started
 * @param modelFile the model written; null unless {@link TrainingOutcome#COMPLETED}
 * @param epochs every epoch of the run (those before a resume too)
 * @param bestEpoch the epoch the model holds (from 1), 0 when none
 */
public record TrainingResult(TrainingOutcome outcome, String message, String runId, Path runFolder, Path modelFile,
		List<EpochRecord> epochs, int bestEpoch) {

	/** Copies the epochs. */
	public TrainingResult {
		epochs = List.copyOf(epochs);
	}
}
