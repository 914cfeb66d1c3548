package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.pipeline.BuildOutcome;
import io.wearline.pipeline.BuildSettings;
import io.wearline.pipeline.FleetBuild;
import io.wearline.pipeline.MachineBuildJob;
import io.wearline.quality.QualityThresholds;
import io.wearline.sim.Simulation;
import io.wearline.synth.TrainingSlots;

/**
 * {@code wearline build <profiles, folders or machine ids> [--parallel P] [--epochs E] [--rows N] [--seed S]
 * [--no-score] [--thresholds ...] [--workspace DIR]}: the whole flow for every machine named — validate, seed,
 * train, generate, score — with the same core services and Jobs the single commands run. Machines build in
 * parallel; each one's steps run in order. A machine that fails stops at that step and the others still finish.
 * Prints one progress line per step and machine, then a summary table; exit code 1 when any machine failed a
 * step or its quality thresholds.
 */
public final class BuildCommand implements Command {

	private static final String PARALLEL = "--parallel";
	private static final String EPOCHS = "--epochs";
	private static final String ROWS = "--rows";
	private static final String NO_SCORE = "--no-score";
	private static final String THRESHOLDS = "--thresholds";

	private final Syntax syntax = new Syntax("build", "<profile | folder | machine id>...", 1, Integer.MAX_VALUE)
			.option(PARALLEL, "P", false, "machines built at once (default: one per two cores, at least one)")
			.option(EPOCHS, "E", false, "training epochs (default: each profile's training section)")
			.option(ROWS, "N", false, "seed rows per machine (default: each profile's dataset section)")
			.seedOption("the seed of every step (default: each profile's seeds)")
			.flag(NO_SCORE, "stop after generating; no quality report")
			.option(THRESHOLDS, "name=value,...", false, "quality thresholds the build checks (overall, shapes, "
					+ "pairs, utility, privacy; default " + QualityThresholds.defaults() + ")")
			.workspaceOption();

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "validate, seed, train, generate and score every machine named, in parallel";
	}

	@Override
	public String description() {
		return """
				Builds every machine named: a profile file (.machine, .json, .yaml, .yml or .xlsx) becomes the
				workspace machine of its id (created, or its profile replaced when the file differs), a folder
				stands for every profile file in it, and a machine id names a workspace machine as it is.
				For each machine, in order: validate the profile, seed (seed/seed.parquet), train
				(model/, runs/<run-id>/run.json), generate (data/train.parquet, val.parquet, test.parquet and
				manifest.json) and score (reports/quality.json and quality.html, against the thresholds).
				Machines build in parallel (--parallel); a machine that fails stops at that step, its earlier
				files stay as they were, and the other machines still finish. Ends with a table: machine,
				outcome, seed rows, epochs, generated rows, overall score, verdict, seconds.
				Exit code 1 when any machine failed a step or its quality thresholds.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int cores = Runtime.getRuntime().availableProcessors();
		int parallel = arguments.wholeNumber(PARALLEL, 1, 256, Math.max(1, cores / 2));
		BuildSettings settings = new BuildSettings(
				arguments.wholeNumber(EPOCHS, 1, 1_000_000).map(Long::intValue),
				arguments.wholeNumber(ROWS, 1, Simulation.MAX_ROWS), arguments.seed(),
				!arguments.has(NO_SCORE), thresholds(arguments));
		Path workspace = NewCommand.workspace(arguments, console);
		MachineStore store = new MachineStore(workspace);

		List<MachineBuildJob> plans = new ArrayList<>();
		try {
			List<String> ids = new ArrayList<>();
			List<String> fileOperands = new ArrayList<>();
			for (String operand : arguments.operands()) {
				Path path = console.resolve(operand);
				if (!Files.exists(path) && MachineStore.isValidId(operand)) {
					ids.add(operand);
				} else {
					fileOperands.add(operand);
				}
			}
			if (!fileOperands.isEmpty()) {
				ProfileFiles files = ProfileFiles.collect(fileOperands, console);
				for (String empty : files.emptyFolders()) {
					console.err().println("wearline build: no profile file (" + ProfileFiles.EXTENSIONS + ") in "
							+ empty);
				}
				for (ProfileFile file : files.files()) {
					plans.add(MachineBuildJob.ofProfile(file.file(), file.shownName(), store, settings));
				}
			}
			for (String id : ids) {
				Optional<Machine> machine = store.find(id);
				if (machine.isEmpty()) {
					throw new UsageException("'" + id + "' is neither a file, a folder nor a machine of the workspace "
							+ workspace + "; give a profile file or create the machine with 'wearline new'");
				}
				plans.add(MachineBuildJob.ofMachine(machine.get(), settings));
			}
		} catch (IOException e) {
			console.err().println("wearline build: " + e.getMessage());
			return ExitCode.FAILED;
		}
		if (plans.isEmpty()) {
			console.err().println("wearline build: nothing to build");
			return ExitCode.FAILED;
		}

		console.err().printf(Locale.ROOT, "building %d machine%s in %s, %d at a time%n", plans.size(),
				plans.size() == 1 ? "" : "s", workspace, Math.min(parallel, plans.size()));
		TrainingSlots.shared().setLimit(Math.max(TrainingSlots.shared().limit(), Math.min(parallel, plans.size())));
		List<BuildOutcome> outcomes = runAll(plans, parallel, console);
		BuildSummary.print(outcomes, console.out());
		long failed = outcomes.stream().filter(outcome -> !outcome.succeeded()).count();
		if (failed > 0) {
			console.err().printf(Locale.ROOT, "wearline build: %d of %d machines failed%n", failed, outcomes.size());
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}

	private static QualityThresholds thresholds(Arguments arguments) throws UsageException {
		Optional<String> text = arguments.value(THRESHOLDS);
		if (text.isEmpty()) {
			return QualityThresholds.defaults();
		}
		try {
			return QualityThresholds.defaults().parse(text.get());
		} catch (IllegalArgumentException e) {
			throw new UsageException(THRESHOLDS + ": " + e.getMessage());
		}
	}

	/** Builds every machine, {@code parallel} at a time, printing each step's line; the outcomes in order. */
	private static List<BuildOutcome> runAll(List<MachineBuildJob> builds, int parallel, Console console) {
		for (MachineBuildJob build : builds) {
			build.addBuildListener(new BuildLines(build, console.err()));
		}
		FleetBuild fleet = new FleetBuild("wearline build", builds, Math.min(parallel, builds.size()));
		Thread onShutdown = new Thread(() -> fleet.cancelAndWait(JobRun.SHUTDOWN_WAIT_MILLIS),
				"cancel wearline build");
		Runtime.getRuntime().addShutdownHook(onShutdown);
		try {
			fleet.start();
			while (true) {
				try {
					return fleet.join(null);
				} catch (InterruptedException e) {
					fleet.cancel();
				}
			}
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(onShutdown);
			} catch (IllegalStateException e) {
				// the JVM is shutting down already: the hook runs, nothing to remove
			}
		}
	}
}
