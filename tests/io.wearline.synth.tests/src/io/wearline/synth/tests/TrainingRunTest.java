package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.core.Machine;
import io.wearline.data.Table;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.PastRun;
import io.wearline.synth.SynthesizerModel;
import io.wearline.synth.Trainer;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/** A training run: reproducible, resumable, recorded in run.json, early stopping, the best epoch kept. */
class TrainingRunTest {

	@TempDir
	Path workspace;

	private final Table table = TestMachines.twoModes(2000, 1);

	private TrainingResult train(Machine machine, TrainingRequest request, TrainingListener listener,
			NullProgressMonitor monitor) {
		return Trainer.train(TestMachines.input(machine, table), request, listener, monitor);
	}

	private TrainingResult train(Machine machine, TrainingRequest request) {
		return train(machine, request, TrainingListener.NONE, new NullProgressMonitor());
	}

	private static List<Double> losses(TrainingResult result) {
		List<Double> losses = new ArrayList<>();
		for (EpochRecord epoch : result.epochs()) {
			losses.add(epoch.loss());
			losses.add(epoch.validationLoss());
		}
		return losses;
	}

	private static List<List<Object>> cells(Table table) {
		List<List<Object>> rows = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			List<Object> cells = new ArrayList<>();
			for (int column = 0; column < table.columnCount(); column++) {
				cells.add(table.value(row, column));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<Object>> sample(TrainingResult result) throws IOException {
		return cells(SynthesizerModel.load(result.modelFile()).sample(500, 3));
	}

	@Test
	void theSameDataSettingsSeedAndThreadsGiveTheSameLossCurveAndSamples() throws IOException {
		TrainingRequest request = TrainingRequest.defaults().withEpochs(4).withThreads(1);
		TrainingResult first = train(TestMachines.machine(workspace, "first", 30), request);
		TrainingResult second = train(TestMachines.machine(workspace, "second", 30), request);
		TrainingResult otherSeed = train(TestMachines.machine(workspace, "other", 30), request.withSeed(43));
		assertEquals(TrainingOutcome.COMPLETED, first.outcome(), first.message());
		assertEquals(4, first.epochs().size());
		assertEquals(losses(first), losses(second));
		assertEquals(sample(first), sample(second));
		assertEquals(SynthesizerModel.load(first.modelFile()).manifest().modelId(),
				SynthesizerModel.load(second.modelFile()).manifest().modelId());
		assertNotEquals(losses(first), losses(otherSeed));
	}

	@Test
	void aRunResumedAfterACancelEndsAsTheUninterruptedRun() throws IOException {
		TrainingRequest request = TrainingRequest.defaults().withEpochs(6);
		TrainingResult whole = train(TestMachines.machine(workspace, "whole", 30), request);

		Machine machine = TestMachines.machine(workspace, "parted", 30);
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainingResult cancelled = train(machine, request, new TrainingListener() {
			@Override
			public void epochEnded(EpochRecord epoch) {
				if (epoch.epoch() == 3) {
					monitor.setCanceled(true);
				}
			}
		}, monitor);
		assertEquals(TrainingOutcome.CANCELLED, cancelled.outcome(), cancelled.message());
		assertEquals(3, cancelled.epochs().size());
		assertTrue(cancelled.message().contains("--resume"), cancelled.message());
		assertFalse(Files.exists(machine.modelFolder().resolve(SynthesizerModel.FILE_NAME)), "no model yet");
		assertEquals("cancelled", runJson(cancelled).path("outcome").asText());

		List<Integer> resumedAt = new ArrayList<>();
		TrainingResult resumed = train(machine, request.withResume(true), new TrainingListener() {
			@Override
			public void runStarted(String runId, Path runFolder, int epochsDone, int epochs, int trainingRows,
					int validationRows, int layoutWidth) {
				resumedAt.add(epochsDone);
			}
		}, new NullProgressMonitor());
		assertEquals(TrainingOutcome.COMPLETED, resumed.outcome(), resumed.message());
		assertEquals(List.of(3), resumedAt);
		assertEquals(cancelled.runId(), resumed.runId(), "the same run goes on");
		assertEquals(losses(whole), losses(resumed));
		assertEquals(whole.bestEpoch(), resumed.bestEpoch());
		assertEquals(sample(whole), sample(resumed));
		JsonNode run = runJson(resumed);
		assertEquals(6, run.path("epochs").size());
		assertEquals(3, run.path("resumes").get(0).path("afterEpoch").asInt());
		assertFalse(Files.exists(resumed.runFolder().resolve("checkpoint.zip")), "a completed run needs none");
	}

	@Test
	void resumingWithNothingToResumeIsRefused() throws IOException {
		Machine machine = TestMachines.machine(workspace, "fresh", 30);
		TrainingResult nothing = train(machine, TrainingRequest.defaults().withEpochs(2).withResume(true));
		assertEquals(TrainingOutcome.FAILED, nothing.outcome());
		assertTrue(nothing.message().contains("no training run to resume"), nothing.message());
		TrainingResult done = train(machine, TrainingRequest.defaults().withEpochs(2));
		assertEquals(TrainingOutcome.COMPLETED, done.outcome(), done.message());
		TrainingResult again = train(machine, TrainingRequest.defaults().withEpochs(2).withResume(true));
		assertEquals(TrainingOutcome.FAILED, again.outcome());
		assertTrue(again.message().contains("ended completed"), again.message());
	}

	@Test
	void theRunRecordHoldsSettingsSeedsVersionsLossesAndOutcome() throws IOException {
		Machine machine = TestMachines.machine(workspace, "recorded", 30);
		TrainingResult result = train(machine, TrainingRequest.defaults().withEpochs(3).withSeed(5));
		assertEquals(TrainingOutcome.COMPLETED, result.outcome(), result.message());
		JsonNode run = runJson(result);
		assertEquals("wearline-run", run.path("format").asText());
		assertEquals(result.runId(), run.path("runId").asText());
		assertEquals("recorded", run.path("machine").asText());
		assertEquals("completed", run.path("outcome").asText());
		assertEquals(result.message(), run.path("message").asText());
		assertFalse(run.path("finished").isNull());
		assertEquals(3, run.path("configuration").path("epochs").asInt());
		assertEquals(500, run.path("configuration").path("batchSize").asInt());
		assertEquals(32, run.path("configuration").path("embeddingDim").asInt());
		assertEquals(0.1, run.path("configuration").path("validationShare").asDouble());
		assertEquals(5, run.path("seeds").path("training").asLong());
		assertEquals("1.0.0-M2.1", run.path("versions").path("nd4j").asText());
		assertFalse(run.path("versions").path("wearline").asText().isEmpty());
		assertEquals(2000, run.path("data").path("rows").asInt());
		assertEquals(200, run.path("data").path("validationRows").asInt());
		assertEquals(1800, run.path("data").path("trainingRows").asInt());
		JsonNode epochs = run.path("epochs");
		assertEquals(3, epochs.size());
		for (int e = 0; e < 3; e++) {
			assertEquals(e + 1, epochs.get(e).path("epoch").asInt());
			assertEquals(result.epochs().get(e).loss(), epochs.get(e).path("loss").asDouble());
			assertEquals(result.epochs().get(e).validationLoss(), epochs.get(e).path("validationLoss").asDouble());
			assertTrue(epochs.get(e).path("seconds").asDouble() > 0);
		}
		assertTrue(run.path("timings").path("fitSeconds").asDouble() > 0);
		assertEquals(result.bestEpoch(), run.path("bestEpoch").asInt());
		assertEquals("model/model.wlm", run.path("model").asText());
		assertEquals(SynthesizerModel.load(result.modelFile()).manifest().modelId(), run.path("modelId").asText());
	}

	@Test
	void theRunsOfAMachineAreReadBackWithTheirLossesAndOutcome() throws IOException {
		Machine machine = TestMachines.machine(workspace, "history", 30);
		assertEquals(List.of(), PastRun.of(machine), "no runs before the first training");
		TrainingResult first = train(machine, TrainingRequest.defaults().withEpochs(2).withSeed(5));
		TrainingResult second = train(machine, TrainingRequest.defaults().withEpochs(3).withSeed(6));
		Files.createDirectories(machine.runsFolder().resolve("broken"));
		Files.writeString(machine.runsFolder().resolve("broken/run.json"), "{ not json");

		List<PastRun> runs = PastRun.of(machine);
		assertEquals(List.of(first.runId(), second.runId()), runs.stream().map(PastRun::id).toList(),
				"oldest first; a damaged record is no run");
		PastRun last = PastRun.last(machine).orElseThrow();
		assertEquals(second.runId(), last.id());
		assertEquals("completed", last.outcome());
		assertEquals(second.message(), last.message());
		assertEquals(3, last.configuredEpochs());
		assertEquals(6, last.trainingSeed());
		assertEquals(second.bestEpoch(), last.bestEpoch());
		assertEquals(3, last.epochs().size());
		for (int e = 0; e < 3; e++) {
			assertEquals(second.epochs().get(e).loss(), last.epochs().get(e).loss());
			assertEquals(second.epochs().get(e).validationLoss(), last.epochs().get(e).validationLoss());
		}
		assertEquals(second.epochs().get(second.bestEpoch() - 1).validationLoss(), last.bestValidationLoss());
		assertTrue(!last.updated().isBefore(last.started()));
	}

	@Test
	void theModelHoldsTheEpochOfTheLowestValidationLoss() throws IOException {
		Machine machine = TestMachines.machine(workspace, "best", 30);
		TrainingResult result = train(machine, TrainingRequest.defaults().withEpochs(8));
		int lowest = 1;
		for (EpochRecord epoch : result.epochs()) {
			if (epoch.validationLoss() < result.epochs().get(lowest - 1).validationLoss()) {
				lowest = epoch.epoch();
			}
		}
		assertEquals(lowest, result.bestEpoch());
		assertEquals(lowest, SynthesizerModel.load(result.modelFile()).manifest().bestEpoch());
		assertEquals(result.epochs().get(lowest - 1).validationLoss(),
				SynthesizerModel.load(result.modelFile()).manifest().bestValidationLoss());
	}

	@Test
	void earlyStoppingEndsTheRunWhenTheValidationLossStopsImproving() throws IOException {
		Machine machine = TestMachines.machine(workspace, "patient", 30);
		int patience = 2;
		TrainingResult result = train(machine, TrainingRequest.defaults().withEpochs(200).withPatience(patience));
		assertEquals(TrainingOutcome.COMPLETED, result.outcome(), result.message());
		int last = result.epochs().size();
		assertTrue(last < 200, "it should have stopped early: " + result.message());
		assertEquals(patience, last - result.bestEpoch());
		double best = result.epochs().get(result.bestEpoch() - 1).validationLoss();
		for (int e = result.bestEpoch(); e < last; e++) {
			assertTrue(result.epochs().get(e).validationLoss() >= best);
		}
		assertTrue(result.message().contains("stopped early after epoch " + last), result.message());
	}

	@Test
	void withoutHeldOutRowsTheLastEpochIsTheModel() throws IOException {
		Machine machine = TestMachines.machine(workspace, "all_rows", 30);
		TrainingResult result = train(machine, TrainingRequest.defaults().withEpochs(2).withValidationShare(0));
		assertEquals(TrainingOutcome.COMPLETED, result.outcome(), result.message());
		assertEquals(2, result.bestEpoch());
		assertTrue(Double.isNaN(result.epochs().get(1).validationLoss()));
		assertTrue(runJson(result).path("epochs").get(1).path("validationLoss").isNull());
	}

	static JsonNode runJson(TrainingResult result) throws IOException {
		return new ObjectMapper().readTree(result.runFolder().resolve("run.json").toFile());
	}

	static long filesIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
