package io.wearline.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wearline.core.Machine;
import io.wearline.synth.internal.train.RunHistory;

/**
 * A training run of a machine read back from its {@code runs/<run-id>/run.json}: what a run history, a status line
 * or a loss chart shows of it. A run still training (or killed without a word) reads {@code running}.
 *
 * @param id the run's id, its folder's name
 * @param folder the run's folder
 * @param outcome {@code running}, {@code completed}, {@code cancelled}, {@code failed} or {@code diverged}
 * @param message how it ended, in words; empty while running
 * @param started when it started
 * @param updated when its record was last written
 * @param configuredEpochs the epochs it was set to train
 * @param epochs every epoch trained, with its losses and time (ETA and best flags are not kept: zero and false)
 * @param bestEpoch the epoch of the lowest validation loss, 0 before the first
 * @param bestValidationLoss that loss, NaN before the first epoch
 * @param trainingSeed the training seed
 * @param patience the epochs without improvement it waits before it stops early
 */
public record PastRun(String id, Path folder, String outcome, String message, Instant started, Instant updated,
		int configuredEpochs, List<EpochRecord> epochs, int bestEpoch, double bestValidationLoss, long trainingSeed,
		int patience) {

	/** Every run of the machine whose record can be read, oldest first (by last update); none without runs. */
	public static List<PastRun> of(Machine machine) throws IOException {
		return RunHistory.read(machine.runsFolder());
	}

	/** The run whose record was written last, if the machine has one. */
	public static Optional<PastRun> last(Machine machine) throws IOException {
		List<PastRun> runs = of(machine);
		return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
	}
}
