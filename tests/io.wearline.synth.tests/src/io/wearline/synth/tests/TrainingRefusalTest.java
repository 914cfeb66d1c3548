package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.model.MachineProfile;
import io.wearline.synth.SynthesizerModel;
import io.wearline.synth.Trainer;
import io.wearline.synth.TrainingInput;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * Data a synthesizer cannot learn is refused with a message that says what and where; a loss that becomes NaN
 * stops the run; none of these leaves a model.
 */
class TrainingRefusalTest {

	@TempDir
	Path workspace;

	private TrainingResult train(String id, Table table) throws IOException {
		Machine machine = TestMachines.machine(workspace, id, 3);
		return Trainer.train(TestMachines.input(machine, table), TrainingRequest.defaults(), TrainingListener.NONE,
				new NullProgressMonitor());
	}

	private static void assertNoModel(TrainingResult result) throws IOException {
		assertTrue(result.modelFile() == null);
		Path folder = result.runFolder().getParent().getParent().resolve("model");
		assertFalse(Files.exists(folder.resolve(SynthesizerModel.FILE_NAME)), "no model may be saved");
		assertEquals(0, TrainingRunTest.filesIn(folder));
	}

	@Test
	void aTableWithoutRowsIsRefused() throws IOException {
		TrainingResult result = train("empty", TestMachines.twoModes(0, 1));
		assertEquals(TrainingOutcome.FAILED, result.outcome());
		assertTrue(result.message().contains("no rows"), result.message());
		assertEquals("failed", TrainingRunTest.runJson(result).path("outcome").asText());
		assertNoModel(result);
	}

	@Test
	void anInfinityIsRefusedWithItsColumnAndRow() throws IOException {
		Table good = TestMachines.twoModes(500, 1);
		TableBuilder builder = new TableBuilder(good.schema(), 500);
		for (int row = 0; row < 500; row++) {
			builder.doubles("vibration").add(row == 17 ? Double.POSITIVE_INFINITY : good.doubles("vibration").get(row));
			builder.doubles("temperature").add(good.doubles("temperature").get(row));
			builder.categoricals("regime").add(good.categoricals("regime").label(row));
		}
		TrainingResult result = train("infinite", builder.build());
		assertEquals(TrainingOutcome.FAILED, result.outcome());
		assertTrue(result.message().contains("vibration") && result.message().contains("row 17"), result.message());
		assertNoModel(result);
	}

	@Test
	void aCategoryOfAHundredThousandValuesIsRefused() throws IOException {
		int rows = 100_000;
		Schema schema = Schema.of(Column.required("temperature", ColumnType.DOUBLE),
				Column.required("serial", ColumnType.STRING));
		TableBuilder builder = new TableBuilder(schema, rows);
		for (int row = 0; row < rows; row++) {
			builder.doubles("temperature").add(50 + row % 17);
			builder.strings("serial").add("SN-" + row);
		}
		TrainingResult result = train("serials", builder.build());
		assertEquals(TrainingOutcome.FAILED, result.outcome());
		assertTrue(result.message().contains("serial"), result.message());
		assertNoModel(result);
	}

	@Test
	void anAllMissingColumnIsReproducedAsMissingBesideColumnsThatVary() throws IOException {
		Table good = TestMachines.twoModes(1000, 2);
		Schema schema = Schema.of(Column.required("vibration", ColumnType.DOUBLE),
				Column.of("comment", ColumnType.STRING));
		TableBuilder builder = new TableBuilder(schema, 1000);
		for (int row = 0; row < 1000; row++) {
			builder.doubles("vibration").add(good.doubles("vibration").get(row));
			builder.strings("comment").addMissing();
		}
		TrainingResult result = train("comments", builder.build());
		assertEquals(TrainingOutcome.COMPLETED, result.outcome(), result.message());
		Table sampled = SynthesizerModel.load(result.modelFile()).sample(300, 1);
		assertEquals(300, sampled.column("comment").missingCount());
		assertEquals(0, sampled.column("vibration").missingCount());
	}

	@Test
	void aTableOfOnlyConstantAndMissingColumnsHasNothingToLearn() throws IOException {
		Schema schema = Schema.of(Column.required("altitude", ColumnType.DOUBLE),
				Column.of("comment", ColumnType.STRING));
		TableBuilder builder = new TableBuilder(schema, 100);
		for (int row = 0; row < 100; row++) {
			builder.doubles("altitude").add(518.67);
			builder.strings("comment").addMissing();
		}
		TrainingResult result = train("flat", builder.build());
		assertEquals(TrainingOutcome.FAILED, result.outcome());
		assertTrue(result.message().contains("nothing to learn") && result.message().contains("altitude: constant")
				&& result.message().contains("comment: all missing"), result.message());
		assertNoModel(result);
	}

	@Test
	void aLossThatBecomesNaNStopsTheRunWithoutAModel() throws IOException {
		Machine machine = TestMachines.machine(workspace, "reckless", 20);
		MachineProfile profile = TestMachines.profile(machine);
		profile.getTraining().setLearningRate(1e8);
		TrainingInput input = new TrainingInput(machine, profile, TestMachines.twoModes(2000, 1), "");
		TrainingResult result = Trainer.train(input, TrainingRequest.defaults(), TrainingListener.NONE,
				new NullProgressMonitor());
		assertEquals(TrainingOutcome.DIVERGED, result.outcome(), result.message());
		assertTrue(result.message().matches("the loss became (NaN|infinite) at epoch \\d+; lower the learning rate "
				+ "in the profile's training section.*"), result.message());
		assertEquals("diverged", TrainingRunTest.runJson(result).path("outcome").asText());
		assertNoModel(result);
	}

	@Test
	void aMachineWithoutSeedDataIsRefusedWithWhatToDo() throws IOException {
		Machine machine = TestMachines.machine(workspace, "unseeded", 3);
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> TrainingInput.read(machine));
		assertTrue(e.getMessage().contains("wearline seed unseeded"), e.getMessage());
	}
}
