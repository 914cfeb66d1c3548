package io.wearline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.StepOutcome;
import io.wearline.pipeline.BuildEvent;
import io.wearline.pipeline.BuildEvent.StepFailed;
import io.wearline.pipeline.BuildEvent.StepFinished;
import io.wearline.pipeline.BuildEvent.StepProgress;
import io.wearline.pipeline.BuildEvent.StepStarted;
import io.wearline.pipeline.BuildOutcome;
import io.wearline.pipeline.BuildSettings;
import io.wearline.pipeline.BuildStep;
import io.wearline.pipeline.FleetBuild;
import io.wearline.pipeline.MachineBuildJob;
import io.wearline.pipeline.StepFigures;
import io.wearline.test.support.SampleProfiles;

/** Real, small machine builds: the events in order with their figures, a fleet with a failing machine, a cancel. */
class MachineBuildJobTest {

	@TempDir
	Path root;

	/** Every event of a build, in the order they came. */
	private static List<BuildEvent> record(MachineBuildJob build) {
		List<BuildEvent> events = Collections.synchronizedList(new ArrayList<>());
		build.addBuildListener(events::add);
		return events;
	}

	/** The events without progress, as "Started:SEED" and the like. */
	private static List<String> milestones(List<BuildEvent> events) {
		return events.stream().filter(event -> !(event instanceof StepProgress))
				.map(event -> event.getClass().getSimpleName() + ":" + event.step()).toList();
	}

	private static StepFigures figures(List<BuildEvent> events, BuildStep step) {
		return events.stream().filter(event -> event instanceof StepFinished finished && finished.step() == step)
				.map(event -> ((StepFinished) event).figures()).findFirst().orElseThrow();
	}

	@Test
	void aBuildRunsItsStepsInOrderAndTellsTheirFiguresAsTheFilesHoldThem() throws Exception {
		MachineStore store = new MachineStore(root.resolve("ws"));
		Path file = BuildProfiles.profile(root.resolve("profiles"), "p1");
		MachineBuildJob build = MachineBuildJob.ofProfile(file, "profiles/p1.machine", store, BuildProfiles.quick(
				true));
		List<BuildEvent> events = record(build);
		build.schedule();
		build.join();

		assertEquals(IStatus.OK, build.getResult().getSeverity(), build.getResult().getMessage());
		List<String> expected = new ArrayList<>();
		for (BuildStep step : BuildStep.values()) {
			expected.add("StepStarted:" + step);
			expected.add("StepFinished:" + step);
		}
		assertEquals(expected, milestones(events));
		assertEquals("profiles/p1.machine", events.get(0).machine(), "before its id is read, the file names it");
		for (BuildEvent event : events.subList(1, events.size())) {
			assertEquals("p1", event.machine(), event::toString);
		}
		assertTrue(events.stream().anyMatch(event -> event instanceof StepProgress progress
				&& progress.step() == BuildStep.TRAIN && progress.fraction() > 0), "training tells its progress");

		Machine machine = store.find("p1").orElseThrow();
		StepFigures seed = figures(events, BuildStep.SEED);
		assertTrue(seed.rows() >= 1_500, seed::toString);
		assertEquals(seed.rows(), BuildProfiles.read(machine.seedFile()).rowCount());
		assertEquals(seed.units(), BuildProfiles.read(machine.seedFile()).statistics("unit").distinct());
		StepFigures train = figures(events, BuildStep.TRAIN);
		assertEquals(1, train.epochs());
		assertEquals(1, train.bestEpoch());
		StepFigures generate = figures(events, BuildStep.GENERATE);
		long written = 0;
		for (String split : List.of("train", "val", "test")) {
			written += BuildProfiles.read(machine.dataFolder().resolve(split + ".parquet")).rowCount();
		}
		assertEquals(BuildProfiles.GENERATED_ROWS, written);
		assertEquals(written, generate.generatedRows());
		StepFigures score = figures(events, BuildStep.SCORE);
		assertTrue(score.overall() > 0 && score.overall() <= 1, score::toString);
		assertEquals("pass", score.verdict());
		assertTrue(Files.isRegularFile(machine.reportsFolder().resolve("quality.json")));

		BuildOutcome outcome = build.result().orElseThrow();
		assertTrue(outcome.succeeded(), outcome::toString);
		assertEquals(seed.rows(), outcome.seedRows());
		assertEquals(written, outcome.generatedRows());
		assertEquals(score.overall(), outcome.overall());
		StepOutcome last = StepOutcome.read(machine).orElseThrow();
		assertEquals("score", last.step());
		assertEquals(StepOutcome.Result.SUCCEEDED, last.result());
	}

	@Test
	void aMachineThatFailsStopsAloneInAFleetBuild() throws Exception {
		MachineStore store = new MachineStore(root.resolve("ws"));
		Path profiles = root.resolve("profiles");
		MachineBuildJob good = MachineBuildJob.ofProfile(BuildProfiles.profile(profiles, "good"), "good.machine",
				store, BuildProfiles.quick(false));
		MachineBuildJob bad = MachineBuildJob.ofProfile(BuildProfiles.broken(profiles, "bad"), "bad.machine", store,
				BuildProfiles.quick(false));
		List<BuildEvent> badEvents = record(bad);
		List<BuildEvent> goodEvents = record(good);
		FleetBuild fleet = new FleetBuild("test fleet", List.of(bad, good), 2);
		fleet.start();
		List<BuildOutcome> outcomes = fleet.join(null);

		assertEquals("validate", outcomes.get(0).step());
		assertFalse(outcomes.get(0).succeeded());
		assertTrue(outcomes.get(0).message().contains("bad.machine is not a valid profile"), outcomes.get(0)
				::toString);
		StepFailed failed = (StepFailed) badEvents.get(badEvents.size() - 1);
		assertEquals(BuildStep.VALIDATE, failed.step());
		assertTrue(failed.details().stream().anyMatch(line -> line.startsWith("bad.machine:"
				+ SampleProfiles.BROKEN_LINE + ":" + SampleProfiles.BROKEN_COLUMN + ": error: ")),
				failed.details()::toString);
		assertEquals(List.of("good"), store.machines().stream().map(Machine::id).toList(),
				"a profile that fails validation makes no machine");
		assertEquals(IStatus.ERROR, bad.getResult().getSeverity());

		assertTrue(outcomes.get(1).succeeded(), outcomes.get(1)::toString);
		assertEquals("done", outcomes.get(1).step());
		assertEquals("StepFinished:GENERATE", milestones(goodEvents).get(milestones(goodEvents).size() - 1));
		assertEquals(BuildProfiles.GENERATED_ROWS, outcomes.get(1).generatedRows());
		assertEquals(IStatus.OK, good.getResult().getSeverity(), good.getResult().getMessage());
	}

	@Test
	void aCancelledBuildLeavesTheFilesOfTheStepItStopped() throws Exception {
		MachineStore store = new MachineStore(root.resolve("ws"));
		Path file = BuildProfiles.profile(root.resolve("profiles"), "kept");
		MachineBuildJob first = MachineBuildJob.ofProfile(file, "kept.machine", store, BuildProfiles.quick(false));
		first.schedule();
		first.join();
		assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().getMessage());
		Machine machine = store.find("kept").orElseThrow();
		byte[] seed = Files.readAllBytes(machine.seedFile());
		byte[] model = Files.readAllBytes(machine.modelFolder().resolve("model.wlm"));

		MachineBuildJob second = MachineBuildJob.ofMachine(machine, new BuildSettings(
				Optional.of(1), Optional.of(3_000L), Optional.of(99L), false, BuildProfiles.quick(false).thresholds()));
		second.addBuildListener(event -> {
			if (event instanceof StepStarted started && started.step() == BuildStep.SEED) {
				second.cancel();
			}
		});
		second.schedule();
		second.join();

		assertEquals(IStatus.CANCEL, second.getResult().getSeverity(), second.getResult().getMessage());
		BuildOutcome outcome = second.result().orElseThrow();
		assertEquals("seed", outcome.step());
		assertEquals("cancelled", outcome.message());
		assertArrayEquals(seed, Files.readAllBytes(machine.seedFile()), "the previous seed data stays");
		assertArrayEquals(model, Files.readAllBytes(machine.modelFolder().resolve("model.wlm")));
		try (Stream<Path> left = Files.list(machine.seedFile().getParent())) {
			assertEquals(List.of(machine.seedFile()), left.toList(), "no temporary file is left");
		}
		StepOutcome last = StepOutcome.read(machine).orElseThrow();
		assertEquals("seed", last.step());
		assertEquals(StepOutcome.Result.CANCELLED, last.result());
	}
}
