package io.wearline.batch.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.model.MachineProfile;
import io.wearline.quality.MachineScore;
import io.wearline.quality.MachineScoring;
import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityThresholds;
import io.wearline.synth.GeneratedFile;
import io.wearline.synth.GenerationJob;
import io.wearline.synth.GenerationRequest;
import io.wearline.synth.GenerationResult;
import io.wearline.synth.TrainingJob;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * One machine of a {@code wearline build}: its steps in order (validate, seed, train, generate, score), each
 * through the core service or Job the single command uses, stopping at the first that fails. Progress goes to one
 * line per step on the given stream; the outcome is one row of the build's summary.
 */
final class BuildPlan {

	/** The build's settings, the same for every machine. */
	record Settings(Optional<Integer> epochs, Optional<Long> rows, Optional<Long> seed, boolean score,
			QualityThresholds thresholds) {
	}

	/**
	 * How one machine's build ended.
	 *
	 * @param machine the machine's id, or the profile file's name when no id was read
	 * @param step the step it stopped at, or {@code done}
	 * @param succeeded whether every step passed, the quality thresholds included
	 * @param message why it failed, or a short word on what it made
	 * @param seedRows the rows seeded, 0 when not seeded
	 * @param epochs the epochs trained, 0 when not trained
	 * @param generatedRows the rows generated over the three splits, 0 when none
	 * @param overall the overall quality score, NaN when not scored
	 * @param verdict {@code pass}, {@code fail} or {@code -}
	 * @param seconds how long the machine's build took
	 */
	record Outcome(String machine, String step, boolean succeeded, String message, long seedRows, int epochs,
			long generatedRows, double overall, String verdict, double seconds) {
	}

	/** The ids of the machines being built, so two profiles of one id never build one folder at once. */
	private static final Set<String> BUILDING = ConcurrentHashMap.newKeySet();

	private final ProfileFile profileFile;
	private final MachineStore store;
	private final Machine existing;
	private final Settings settings;
	private final long started = System.nanoTime();
	private String name;
	private long seedRows;
	private int epochs;
	private long generatedRows;

	private BuildPlan(ProfileFile profileFile, MachineStore store, Machine existing, Settings settings) {
		this.profileFile = profileFile;
		this.store = store;
		this.existing = existing;
		this.settings = settings;
		this.name = existing != null ? existing.id() : profileFile.shownName();
	}

	/** A plan for a profile file: the workspace machine of its id gets the file's profile. */
	static BuildPlan ofProfile(ProfileFile file, MachineStore store, Settings settings) {
		return new BuildPlan(file, store, null, settings);
	}

	/** A plan for a workspace machine as it is. */
	static BuildPlan ofMachine(Machine machine, Settings settings) {
		return new BuildPlan(null, null, machine, settings);
	}

	/** The outcome of a plan that broke with an unexpected exception. */
	Outcome crashed(Throwable e) {
		return failed("internal", "unexpected " + e);
	}

	/** Runs the steps; never throws. */
	Outcome run(PrintStream progress) {
		String step = "validate";
		String claimed = null;
		try {
			Path source = profileFile != null ? profileFile.file() : existing.profileFile();
			String shown = profileFile != null ? profileFile.shownName() : existing.profileFile().toString();
			LoadedProfile loaded = Profiles.get().load(source);
			if (loaded.hasErrors() || loaded.profile() == null) {
				for (ProfileProblem problem : loaded.problems()) {
					progress.println("  " + problem.withSource(shown).format());
				}
				return failed(step, shown + " is not a valid profile (its problems are listed above)");
			}
			MachineProfile profile = loaded.profile();
			name = existing != null ? existing.id() : profile.getId();
			if (!BUILDING.add(name)) {
				return failed(step, "machine '" + name + "' is built by another profile of this build; give each "
						+ "profile its own machine id");
			}
			claimed = name;
			Machine machine = existing != null ? existing : install(profile, shown);
			line(progress, "valid profile %s", shown);

			step = "seed";
			long start = System.nanoTime();
			SeedOutput.Summary seeded = SeedOutput.write(profile, SeedCommand.options(profile, Optional.empty(),
					settings.rows(), settings.seed()).withThreads(1), TableLocation.of(machine.seedFile()),
					TableFormats.standard(), new NullProgressMonitor());
			seedRows = seeded.rows();
			line(progress, "seeded %d rows, %d units in %.1f s", seeded.rows(), seeded.units(), since(start));

			step = "train";
			TrainingRequest training = TrainingRequest.defaults().withThreads(1);
			if (settings.epochs().isPresent()) {
				training = training.withEpochs(settings.epochs().get());
			}
			if (settings.seed().isPresent()) {
				training = training.withSeed(settings.seed().get());
			}
			start = System.nanoTime();
			TrainingJob trainingJob = new TrainingJob(machine, training);
			IStatus trained = JobRun.run(trainingJob);
			Optional<TrainingResult> result = trainingJob.result();
			if (result.isEmpty() || result.get().outcome() != TrainingOutcome.COMPLETED) {
				return failed(step, result.map(TrainingResult::message).orElse(trained.getMessage()));
			}
			epochs = result.get().epochs().size();
			line(progress, "trained %d epochs in %.1f s (best epoch %d)", epochs, since(start),
					result.get().bestEpoch());

			step = "generate";
			GenerationRequest generation = GenerationRequest.defaults();
			if (settings.seed().isPresent()) {
				generation = generation.withSeed(settings.seed().get());
			}
			start = System.nanoTime();
			GenerationJob generationJob = new GenerationJob(machine, generation);
			IStatus generated = JobRun.run(generationJob);
			Optional<GenerationResult> files = generationJob.result();
			if (files.isEmpty()) {
				return failed(step, generated.getMessage());
			}
			generatedRows = files.get().files().stream().mapToLong(GeneratedFile::rows).sum();
			line(progress, "generated %d rows in %.1f s", generatedRows, since(start));

			if (!settings.score()) {
				return new Outcome(name, "done", true, "not scored (--no-score)", seedRows, epochs, generatedRows,
						Double.NaN, "-", since(started));
			}
			step = "score";
			start = System.nanoTime();
			MachineScore score = MachineScoring.score(machine, settings.thresholds(), new NullProgressMonitor());
			QualityScores scores = QualityScores.of(score.report());
			boolean passed = score.verdict().passed();
			line(progress, "scored %.3f overall in %.1f s: %s", scores.overall(), since(start),
					passed ? "pass" : "fail");
			String message = passed ? "reports in " + machine.reportsFolder()
					: "below thresholds: " + String.join("; ", score.verdict().failures().stream()
							.map(check -> check.describe()).toList());
			return new Outcome(name, passed ? "done" : "score", passed, message, seedRows, epochs, generatedRows,
					scores.overall(), passed ? "pass" : "fail", since(started));
		} catch (OperationCanceledException e) {
			return failed(step, "cancelled");
		} catch (IOException | RuntimeException e) {
			return failed(step, String.valueOf(e.getMessage()));
		} finally {
			if (claimed != null) {
				BUILDING.remove(claimed);
			}
		}
	}

	/**
	 * The workspace machine of the profile's id: created, or its profile replaced when the file says something
	 * else (written in the profile language; the previous text goes only when the new one is complete).
	 */
	private Machine install(MachineProfile profile, String shown) throws IOException {
		if (!MachineStore.isValidId(profile.getId())) {
			throw new IllegalArgumentException(shown + ": the profile's id '" + profile.getId() + "' cannot name a "
					+ "machine folder (" + NewCommand.MACHINE_ID + ")");
		}
		synchronized (store) {
			Optional<Machine> found = store.find(profile.getId());
			if (found.isEmpty()) {
				return store.create(profile.getId(), profile);
			}
			Machine machine = found.get();
			String text = Profiles.get().toDsl(profile);
			Path file = machine.profileFile();
			if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
				Profiles.get().write(profile, ProfileFormat.MACHINE, file);
			}
			return machine;
		}
	}

	private Outcome failed(String step, String message) {
		return new Outcome(name, step, false, message, seedRows, epochs, generatedRows, Double.NaN, "-",
				since(started));
	}

	private void line(PrintStream progress, String format, Object... values) {
		progress.println(name + ": " + String.format(Locale.ROOT, format, values));
	}

	private static double since(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
