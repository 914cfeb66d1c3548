package io.wearline.synth;

import org.eclipse.core.runtime.IProgressMonitor;

import io.wearline.synth.internal.train.TrainingRun;

/**
 * The training service: one run of a machine's synthesizer, in the calling thread. The workbench and the command
 * line run it through a {@link TrainingJob}, which also keeps two trainings of a machine apart and limits how many
 * run at once; tests and other hosts (a Spark executor) may call it directly.
 * <p>
 * A run fits the data transformer on the seed table within the profile's sensor ranges, holds out a share of the
 * rows (10% by default) for a validation loss, and trains epoch by epoch. After every epoch it writes a checkpoint
 * ({@code runs/<run-id>/checkpoint.zip}) and its record ({@code runs/<run-id>/run.json}), both atomically; a run
 * that is cancelled or killed resumes from its last epoch with {@link TrainingRequest#withResume} and then trains
 * exactly as the uninterrupted run would have. At the end the best epoch's network (lowest validation loss) is
 * saved as the machine's model ({@code model/model.wlm} and {@code model/manifest.json}). A loss that becomes NaN
 * or infinite stops the run with {@link TrainingOutcome#DIVERGED}; no model is saved then.
 */
public final class Trainer {

	private Trainer() {
	}

	/**
	 * Trains.
	 *
	 * @param input the machine, profile and seed table
	 * @param request the epochs, seed, threads, early stopping, validation share, resume
	 * @param listener told of the start and of every epoch
	 * @param monitor ticks per batch, shows epoch, loss and time left; a cancel is honoured before the next batch
	 * @return how the run ended; never throws for bad data, divergence or cancellation
	 */
	public static TrainingResult train(TrainingInput input, TrainingRequest request, TrainingListener listener,
			IProgressMonitor monitor) {
		return new TrainingRun(input, request, listener).execute(monitor);
	}
}
