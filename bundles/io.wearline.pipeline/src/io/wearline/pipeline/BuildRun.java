package io.wearline.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineBusyException;
import io.wearline.core.MachineJob;
import io.wearline.core.MachineLock;
import io.wearline.core.MachineRule;
import io.wearline.core.MachineStore;
import io.wearline.core.Profiles;
import io.wearline.core.StepOutcome;
import io.wearline.model.MachineProfile;
import io.wearline.pipeline.BuildEvent.StepFailed;
import io.wearline.pipeline.BuildEvent.StepFinished;
import io.wearline.pipeline.BuildEvent.StepProgress;
import io.wearline.pipeline.BuildEvent.StepStarted;
import io.wearline.quality.MachineScore;
import io.wearline.quality.MachineScoringJob;
import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityVerdict;
import io.wearline.sim.SeedJob;
import io.wearline.sim.SeedOutput;
import io.wearline.sim.SimulationOptions;
import io.wearline.synth.GeneratedFile;
import io.wearline.synth.GenerationJob;
import io.wearline.synth.GenerationRequest;
import io.wearline.synth.GenerationResult;
import io.wearline.synth.TrainingJob;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * One run of a {@link MachineBuildJob}: the steps in order, each the step's own {@link MachineJob} run in the
 * build's thread under the machine's rule and lock, stopping at the first that fails, cancelled or not. Keeps the
 * figures so far for the outcome and tells the build's listeners every step's start, progress, end or failure.
 */
final class BuildRun {

	/** The ids of the machines being built in this JVM, so two profiles of one id never build one folder at once. */
	private static final Set<String> BUILDING = ConcurrentHashMap.newKeySet();

	private final MachineBuildJob job;
	private final long started = System.nanoTime();
	private String name;
	private BuildStep step = BuildStep.VALIDATE;
	private boolean cancelled;
	private long seedRows;
	private int epochs;
	private long generatedRows;

	BuildRun(MachineBuildJob job) {
		this.job = job;
		this.name = job.existing().map(Machine::id).orElse(job.shownName());
	}

	/** Whether the run ended because it was cancelled. */
	boolean cancelled() {
		return cancelled;
	}

	/** Runs the steps; never throws. */
	BuildOutcome run(SubMonitor progress) {
		String claimed = null;
		try {
			event(new StepStarted(name, step));
			long start = System.nanoTime();
			LoadedProfile loaded = Profiles.get().load(job.profileFile());
			if (loaded.hasErrors() || loaded.profile() == null) {
				List<String> problems = loaded.problems().stream()
						.map(problem -> problem.withSource(job.shownName()).format()).toList();
				return failed(job.shownName() + " is not a valid profile (its problems are listed above)", problems);
			}
			MachineProfile profile = loaded.profile();
			name = job.existing().map(Machine::id).orElse(profile.getId());
			if (!BUILDING.add(name)) {
				return failed("machine '" + name + "' is built by another profile of this build; give each profile its"
						+ " own machine id", List.of());
			}
			claimed = name;
			Optional<MachineStore> store = job.store();
			Machine machine = store.isPresent() ? ProfileInstall.machineOf(store.get(), profile, job.shownName())
					: job.existing().orElseThrow();
			MachineRule rule = new MachineRule(machine.folder());
			Job.getJobManager().beginRule(rule, progress);
			try (MachineLock lock = MachineLock.acquire(machine, "build")) {
				if (store.isPresent()) {
					store.get().save(machine, profile); // a new version in the history when it differs
				}
				event(new StepFinished(name, step, StepFigures.timeOnly(since(start))));
				BuildOutcome ended;
				try {
					ended = steps(machine, profile, progress);
				} catch (OperationCanceledException e) {
					cancelled = true;
					ended = failed("cancelled", List.of());
				}
				if (!ended.succeeded()) {
					record(machine, ended);
				}
				return ended;
			} finally {
				Job.getJobManager().endRule(rule);
			}
		} catch (OperationCanceledException e) {
			cancelled = true;
			return failed("cancelled", List.of());
		} catch (MachineBusyException e) {
			return failed(e.getMessage(), List.of());
		} catch (IOException | RuntimeException e) {
			return failed(String.valueOf(e.getMessage()), List.of());
		} finally {
			if (claimed != null) {
				BUILDING.remove(claimed);
			}
		}
	}

	private BuildOutcome steps(Machine machine, MachineProfile profile, SubMonitor progress) {
		BuildSettings settings = job.settings();
		step = BuildStep.SEED;
		event(new StepStarted(name, step));
		long start = System.nanoTime();
		SeedJob seed = new SeedJob(machine, profile, SimulationOptions.ofProfile(profile, Optional.empty(),
				settings.rows(), settings.seed()).withThreads(1));
		IStatus seeded = runStep(seed, progress.split(10));
		if (seed.result().isEmpty()) {
			return failed(seeded.getMessage(), List.of());
		}
		SeedOutput.Summary rows = seed.result().get();
		seedRows = rows.rows();
		event(new StepFinished(name, step, new StepFigures(rows.rows(), rows.units(), 0, 0, 0, Double.NaN, "-",
				since(start))));

		step = BuildStep.TRAIN;
		event(new StepStarted(name, step));
		start = System.nanoTime();
		TrainingRequest request = TrainingRequest.defaults().withThreads(1);
		request = settings.epochs().map(request::withEpochs).orElse(request);
		request = settings.seed().map(request::withSeed).orElse(request);
		TrainingJob training = new TrainingJob(machine, request);
		IStatus trained = runStep(training, progress.split(50));
		Optional<TrainingResult> model = training.result();
		if (model.isEmpty() || model.get().outcome() != TrainingOutcome.COMPLETED) {
			return failed(model.map(TrainingResult::message).orElse(trained.getMessage()), List.of());
		}
		epochs = model.get().epochs().size();
		event(new StepFinished(name, step, new StepFigures(seedRows, 0, epochs, model.get().bestEpoch(), 0,
				Double.NaN, "-", since(start))));

		step = BuildStep.GENERATE;
		event(new StepStarted(name, step));
		start = System.nanoTime();
		GenerationRequest drawing = GenerationRequest.defaults();
		drawing = settings.seed().map(drawing::withSeed).orElse(drawing);
		GenerationJob generation = new GenerationJob(machine, drawing);
		IStatus generated = runStep(generation, progress.split(20));
		Optional<GenerationResult> files = generation.result();
		if (files.isEmpty()) {
			return failed(generated.getMessage(), List.of());
		}
		generatedRows = files.get().files().stream().mapToLong(GeneratedFile::rows).sum();
		event(new StepFinished(name, step, new StepFigures(0, 0, 0, 0, generatedRows, Double.NaN, "-",
				since(start))));

		if (!settings.score()) {
			return new BuildOutcome(name, "done", true, "not scored (--no-score)", seedRows, epochs, generatedRows,
					Double.NaN, "-", since(started));
		}
		return score(machine, progress.split(20));
	}

	private BuildOutcome score(Machine machine, SubMonitor progress) {
		step = BuildStep.SCORE;
		event(new StepStarted(name, step));
		long start = System.nanoTime();
		MachineScoringJob scoring = new MachineScoringJob(machine, job.settings().thresholds(), true,
				machine.reportsFolder(), new FreshHoldout());
		IStatus scored = runStep(scoring, progress);
		if (scoring.result().isEmpty()) {
			return failed(scored.getMessage(), List.of());
		}
		MachineScore score = scoring.result().get();
		double overall = QualityScores.of(score.report()).overall();
		boolean passed = score.verdict().passed();
		String verdict = passed ? "pass" : "fail";
		event(new StepFinished(name, step, new StepFigures(0, 0, 0, 0, 0, overall, verdict, since(start))));
		if (!passed) {
			String message = "below thresholds: " + String.join("; ", score.verdict().failures().stream()
					.map(QualityVerdict.Check::describe).toList());
			event(new StepFailed(name, step, message, List.of()));
			return new BuildOutcome(name, step.word(), false, message, seedRows, epochs, generatedRows, overall,
					verdict, since(started));
		}
		return new BuildOutcome(name, "done", true, "reports in " + machine.reportsFolder(), seedRows, epochs,
				generatedRows, overall, verdict, since(started));
	}

	/** Runs a step's Job here, its progress told to the listeners; a cancelled step cancels the build. */
	private IStatus runStep(MachineJob<?> stepJob, SubMonitor progress) {
		BuildStep current = step;
		IStatus status = stepJob.runInCallingThread(new StepMonitor(progress,
				(fraction, message) -> event(new StepProgress(name, current, fraction, message))));
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException(status.getMessage());
		}
		return status;
	}

	private BuildOutcome failed(String message, List<String> details) {
		event(new StepFailed(name, step, message, details));
		return new BuildOutcome(name, step.word(), false, message, seedRows, epochs, generatedRows, Double.NaN, "-",
				since(started));
	}

	/**
	 * Records where the build stopped as the machine's last outcome: a step's own Job records it too, but a cancel
	 * between two steps reaches none of them.
	 */
	private void record(Machine machine, BuildOutcome ended) {
		StepOutcome.Result result = cancelled ? StepOutcome.Result.CANCELLED : StepOutcome.Result.FAILED;
		try {
			new StepOutcome(ended.step(), result, ended.message(), Instant.now()).write(machine);
		} catch (IOException e) {
			// the outcome is a note; the build's own result says how it ended
		}
	}

	private void event(BuildEvent event) {
		job.tell(event);
	}

	private static double since(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
