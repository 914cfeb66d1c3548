package io.wearline.batch.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.TrainingJob;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * {@code wearline train <machine id> [--epochs E] [--resume] [--seed S] [--threads T] [--patience P]
 * [--workspace DIR]}: trains a workspace machine's synthesizer on its seed data with the same {@link TrainingJob}
 * the workbench runs, printing a line per epoch and the model's path. Exit code 1 when the machine has no seed
 * data, its data cannot be learnt, the loss diverges, or the run is cancelled.
 */
public final class TrainCommand implements Command {

	private static final String EPOCHS = "--epochs";
	private static final String RESUME = "--resume";
	private static final String PATIENCE = "--patience";

	private final Syntax syntax = new Syntax("train", "<machine id>", 1, 1)
			.option(EPOCHS, "E", false, "train E epochs (default: the profile's training epochs; with --resume "
					+ "the run's)")
			.flag(RESUME, "continue the machine's last cancelled or interrupted run from its last epoch")
			.seedOption("the training seed (default: the profile's training seed)")
			.threadsOption("ND4J threads (default 1); the same seed and threads give the same model")
			.option(PATIENCE, "P", false, "stop early when the validation loss has not improved for P epochs "
					+ "(default: never)")
			.workspaceOption();

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "train a machine's synthesizer on its seed data";
	}

	@Override
	public String description() {
		return """
				Trains the TVAE synthesizer of a workspace machine on its seed data (seed/seed.parquet; make it
				with 'wearline seed'), with the profile's training settings and sensor ranges. 10% of the rows
				are held out for a validation loss; the epoch with the lowest one becomes the model
				(model/model.wlm with model/manifest.json). Prints one line per epoch: loss, validation loss,
				seconds per epoch and the time left. Every run keeps runs/<run-id>/run.json (settings, seeds,
				versions, losses, outcome) and a checkpoint after each epoch: after Ctrl-C or a crash,
				--resume continues from the last epoch and ends with the same model as an uninterrupted run.
				Files are replaced atomically; the previous model stays until a run completes.
				Exit code 1 when the machine has no seed data, the data cannot be learnt, the loss diverges
				or the run is cancelled.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		TrainingRequest request = TrainingRequest.defaults()
				.withThreads(arguments.threads())
				.withPatience(arguments.wholeNumber(PATIENCE, 0, 1_000_000, 0))
				.withResume(arguments.has(RESUME));
		if (arguments.has(EPOCHS)) {
			request = request.withEpochs(arguments.wholeNumber(EPOCHS, 1, 1_000_000, 1));
		}
		Optional<Long> seed = arguments.seed();
		if (seed.isPresent()) {
			if (arguments.has(RESUME)) {
				throw new UsageException("a resumed run keeps its own seed; give --seed without --resume");
			}
			request = request.withSeed(seed.get());
		}
		Optional<Machine> machine = WorkspaceMachine.find(arguments, console, "train");
		if (machine.isEmpty()) {
			return ExitCode.FAILED;
		}
		TrainingJob job = new TrainingJob(machine.get(), request);
		job.addTrainingListener(new EpochLines(console.out()));
		IStatus status = JobRun.run(job);
		Optional<TrainingResult> result = job.result();
		if (result.isPresent() && result.get().outcome() == TrainingOutcome.COMPLETED) {
			console.out().println("model: " + result.get().modelFile());
			console.out().println(result.get().message());
			return ExitCode.OK;
		}
		console.err().println("wearline train: " + result.map(TrainingResult::message).orElse(status.getMessage()));
		if (result.isPresent() && result.get().runFolder() != null) {
			console.err().println("run record: " + result.get().runFolder().resolve("run.json"));
		}
		return ExitCode.FAILED;
	}

	/** One line at the start and one per epoch, on stdout. */
	private static final class EpochLines implements TrainingListener {
		private final PrintStream out;

		EpochLines(PrintStream out) {
			this.out = out;
		}

		@Override
		public void runStarted(String runId, Path runFolder, int epochsDone, int epochs, int trainingRows,
				int validationRows, int layoutWidth) {
			out.printf(Locale.ROOT, "%s run %s: %d epochs, %d training rows, %d validation rows, %d network "
					+ "columns%n", epochsDone > 0 ? "resuming after epoch " + epochsDone + " of" : "training", runId,
					epochs, trainingRows, validationRows, layoutWidth);
		}

		@Override
		public void epochEnded(EpochRecord epoch) {
			String width = String.valueOf(epoch.epochs());
			String validation = Double.isNaN(epoch.validationLoss()) ? "" : String.format(Locale.ROOT,
					"  val %.4f%s", epoch.validationLoss(), epoch.best() ? " *" : "  ");
			out.printf(Locale.ROOT, "epoch %" + width.length() + "d/%s  loss %.4f%s  %.2f s/epoch  ETA %s%n",
					epoch.epoch(), width, epoch.loss(), validation, epoch.seconds(), epoch.timeLeft());
		}
	}
}
