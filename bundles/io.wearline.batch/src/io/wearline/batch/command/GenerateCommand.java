package io.wearline.batch.command;

import java.util.ArrayList;
import java.util.List;
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
import io.wearline.core.MachineJob;
import io.wearline.synth.Condition;
import io.wearline.synth.GeneratedFile;
import io.wearline.synth.GenerationJob;
import io.wearline.synth.GenerationRequest;
import io.wearline.synth.LatentSource;
import io.wearline.synth.GenerationResult;

/**
 * {@code wearline generate <machine id> [--train N] [--val N] [--test N] [--seed S] [--where COLUMN=VALUE ...]
 * [--threads T] [--latent SOURCE] [--workspace DIR]}: draws a machine's train, validation and test datasets from its model with the
 * same {@link GenerationJob} the workbench runs and prints the files and their row counts.
 */
public final class GenerateCommand implements Command {

	private static final String TRAIN = "--train";
	private static final String VAL = "--val";
	private static final String TEST = "--test";
	private static final String WHERE = "--where";
	private static final String LATENT = "--latent";

	private final Syntax syntax = new Syntax("generate", "<machine id>", 1, 1)
			.option(TRAIN, "N", false, "rows of data/train.parquet (default: the profile's dataset block, else "
					+ "35000)")
			.option(VAL, "N", false, "rows of data/val.parquet (default: the profile's, else 7500)")
			.option(TEST, "N", false, "rows of data/test.parquet (default: the profile's, else 7500)")
			.seedOption("the generation seed (default: the profile's dataset seed, else 42)")
			.repeatable(WHERE, "COLUMN=VALUE", "every row holds this value of a category, boolean or few-valued "
					+ "column; repeat for several columns")
			.option(LATENT, "SOURCE", false, "where latent codes come from: posterior (default: the training rows'"
					+ " posteriors), prior (N(0, I)), mix (half each) or mix=F (the share F from the prior)")
			.threadsOption("ND4J threads (default 1)")
			.workspaceOption();

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "generate a machine's train, validation and test datasets from its model";
	}

	@Override
	public String description() {
		return """
				Draws synthetic rows from a trained machine's model (model/model.wlm; make it with 'wearline
				train') into data/train.parquet, data/val.parquet and data/test.parquet, and writes
				data/manifest.json with the lineage: model id, profile and seed data fingerprints, seeds, row
				counts. The three files are written to temporary files first and put in place together: a
				failure or Ctrl-C leaves the previous files intact. The same model and seed give the same files.
				--where failure_mode=bearing_wear keeps only rows of that value, drawn from the model's
				conditional distribution (importance resampling of the latent codes near real rows of that
				value): the other columns follow what the model learnt for such rows.
				--latent chooses where the latent codes come from: the training rows' posteriors (posterior,
				the default: closest to the training rows), the standard normal prior (prior: further from any
				one training row, for privacy at some cost of fidelity) or a share of each (mix=0.3: 30% from
				the prior). data/manifest.json records the source used and the synthesizer's settings.
				Exit code 1 when the machine has no usable model or a condition does not fit it.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		GenerationRequest request = GenerationRequest.defaults()
				.withThreads(arguments.threads());
		if (arguments.has(TRAIN)) {
			request = request.withTrainRows(arguments.wholeNumber(TRAIN, 0, Integer.MAX_VALUE, 0));
		}
		if (arguments.has(VAL)) {
			request = request.withValidationRows(arguments.wholeNumber(VAL, 0, Integer.MAX_VALUE,
					0));
		}
		if (arguments.has(TEST)) {
			request = request.withTestRows(arguments.wholeNumber(TEST, 0, Integer.MAX_VALUE, 0));
		}
		Optional<Long> seed = arguments.seed();
		if (seed.isPresent()) {
			request = request.withSeed(seed.get());
		}
		List<Condition> conditions = new ArrayList<>();
		for (String text : arguments.values(WHERE)) {
			try {
				conditions.add(Condition.parse(text));
			} catch (IllegalArgumentException e) {
				throw new UsageException(WHERE + ": " + e.getMessage());
			}
		}
		request = request.withConditions(conditions);
		if (arguments.has(LATENT)) {
			try {
				request = request.withLatent(LatentSource.parse(arguments.value(LATENT).orElseThrow()));
			} catch (IllegalArgumentException e) {
				throw new UsageException(LATENT + ": " + e.getMessage());
			}
		}
		Optional<Machine> machine = WorkspaceMachine.find(arguments, console, "generate");
		if (machine.isEmpty()) {
			return ExitCode.FAILED;
		}
		GenerationJob job = new GenerationJob(machine.get(), request);
		IStatus status = JobRun.run(job);
		Optional<GenerationResult> result = job.result();
		if (result.isEmpty()) {
			// the Job's messages begin with "generation of <id>:"; the busy message names only the machine
			console.err().println("wearline " + (MachineJob.busy(status) ? "generate: " : "") + status.getMessage());
			return ExitCode.FAILED;
		}
		GenerationResult done = result.get();
		for (GeneratedFile file : done.files()) {
			console.out().printf(Locale.ROOT, "wrote %s  %d rows%n", file.file(), file.rows());
		}
		console.out().println("manifest " + done.manifest());
		if (arguments.has(LATENT)) {
			console.out().println("latent " + request.latent().label() + ": " + request.latent().describe());
		}
		if (!done.conditions().isEmpty()) {
			console.out().printf(Locale.ROOT, "where %s: %d latent codes weighed, effectively %.0f (%.1f%%)%n",
					String.join(" and ", done.conditions().stream().map(Condition::toString).toList()),
					done.candidates(), done.effectiveCandidates(), 100 * done.acceptance());
		}
		console.out().printf(Locale.ROOT, "model %s, seed %d, in %.2f s%n", shortId(done.modelId()), done.seed(),
				done.seconds());
		return ExitCode.OK;
	}

	private static String shortId(String id) {
		return id.length() > 12 ? id.substring(0, 12) : id;
	}
}
