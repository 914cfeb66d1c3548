package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.batch.ExitCode;
import io.wearline.core.Profiles;
import io.wearline.data.Column;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;
import io.wearline.test.support.SampleProfiles;

/** {@code wearline score} on two table files and on a machine of a workspace. */
class ScoreCommandTest {
	@TempDir
	Path cwd;
	private Table real;

	@BeforeEach
	void writeTables() throws IOException {
		MachineProfile profile = Profiles.get().load(SampleProfiles.write(cwd.resolve("motor.machine"),
				SampleProfiles.MOTOR)).profile();
		real = SeedTables.of(Simulation.run(profile, SimulationOptions.ofUnits(12, 1), null));
		Table synthetic = SeedTables.of(Simulation.run(profile, SimulationOptions.ofUnits(12, 2), null));
		TableFormats formats = TableFormats.standard();
		formats.write(real, cwd.resolve("real.csv"));
		formats.write(synthetic, cwd.resolve("synthetic.csv"));
		List<String> names = synthetic.schema().columns().stream().map(Column::name).toList();
		// the synthetic table without its second sensor column
		String dropped = names.get(3);
		formats.write(synthetic.select(names.stream().filter(n -> !n.equals(dropped)).toArray(String[]::new)),
				cwd.resolve("fewer.csv"));
	}

	private static JsonNode json(Path file) throws IOException {
		return new ObjectMapper().readTree(file.toFile());
	}

	@Test
	void twoCsvFilesAreScoredIntoReportsAndSummarised() throws IOException {
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "synthetic.csv");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		Path json = cwd.resolve("reports/quality.json");
		Path html = cwd.resolve("reports/quality.html");
		assertTrue(Files.isRegularFile(json) && Files.isRegularFile(html), run::toString);
		JsonNode report = json(json);
		assertEquals(real.rowCount(), report.get("inputs").get("realRows").asInt());
		assertEquals(cwd.resolve("synthetic.csv").toString(), report.get("sources").get("synthetic").asText());
		String overall = String.format(Locale.ROOT, "%.3f", report.get("overall").asDouble());
		assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("overall") && l.contains(overall)
				&& l.contains(">= 0.80 pass")), run::toString);
		for (String expected : List.of("Column Shapes", "Column Pair Trends", "utility", "privacy", "worst columns:",
				"wrote " + json, "wrote " + html, "PASS: every threshold is met")) {
			assertTrue(run.out().contains(expected), () -> "missing '" + expected + "' in\n" + run);
		}
		assertTrue(run.out().contains("not measured (--utility)"), run::toString);
		assertTrue(Files.readString(html).contains("<svg"));
	}

	@Test
	void aThresholdNotMetExitsWithOneAndSaysWhich() {
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "synthetic.csv", "--thresholds", "overall=0.999",
				"--out", "out");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.out().contains("FAIL: overall "), run::toString);
		assertTrue(run.out().contains("< 1.00"), run::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("out/quality.html")), "the reports are written all the same");
	}

	@Test
	void wrongThresholdsAreAUsageError() {
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "synthetic.csv", "--thresholds", "overall=high");
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		assertTrue(run.err().contains("--thresholds: the threshold overall takes a score from 0 to 1 or 'off', not"
				+ " 'high'"), run::toString);
	}

	@Test
	void aMissingColumnIsLeftOutWithAMessageOnTheCommandLineAndInTheReport() throws IOException {
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "fewer.csv");
		String dropped = real.schema().column(3).name();
		assertTrue(run.err().contains("note: Column '" + dropped + "' of the real table is not in the synthetic table,"
				+ " so it and its pairs are not scored"), run::toString);
		assertTrue(run.out().contains("mismatched schemas: 1 real column not in the synthetic table (" + dropped + ")."),
				run::toString);
		JsonNode notes = json(cwd.resolve("reports/quality.json")).get("notes");
		boolean noted = false;
		for (JsonNode note : notes) {
			noted |= note.get("kind").asText().equals("MISSING_COLUMN") && note.get("subject").asText().equals(dropped);
		}
		assertTrue(noted, notes::toString);
		String html = Files.readString(cwd.resolve("reports/quality.html"));
		assertTrue(html.contains("MISSING_COLUMN") && html.contains("Mismatched schemas: 1 real columns are not in"),
				"the page says it at the top and in the notes");
	}

	@Test
	void anEmptyTableIsNotScoredAndFails() throws IOException {
		TableFormats.standard().write(real.slice(0, 0), cwd.resolve("empty.parquet"));
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "empty.parquet");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("The synthetic table has no rows, so nothing is scored."), run::toString);
		assertTrue(run.out().contains("FAIL: overall not measured (required)"), run::toString);
	}

	@Test
	void aFileThatDoesNotExistIsAUsageError() {
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "nowhere.csv");
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		assertTrue(run.err().contains("nowhere.csv: no such file"), run::toString);
		assertFalse(Files.exists(cwd.resolve("reports")));
	}

	@Test
	void aMachineIsScoredAgainstItsSeedIntoItsReportsFolder() throws IOException {
		Path machine = Fleets.seededMotor(cwd, "ws", "motor_1", 8);
		Fleets.generateLikeSeed(cwd, "ws", "motor_1", 8);
		CommandRun run = CommandRun.in(cwd, "score", "motor_1", "--workspace", "ws", "--utility");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(Files.isRegularFile(machine.resolve("reports/quality.json")), run::toString);
		assertTrue(Files.isRegularFile(machine.resolve("reports/quality.html")), run::toString);
		assertTrue(run.out().contains("holdout") && run.out().contains("simulated afresh"), run::toString);
		JsonNode report = json(machine.resolve("reports/quality.json"));
		assertFalse(report.get("utility").isNull(), "--utility measures utility");
		assertTrue(report.get("inputs").get("holdoutRows").asInt() > 0);
		// the same machine named by its folder
		CommandRun byFolder = CommandRun.in(cwd, "score", "ws/motor_1");
		assertEquals(ExitCode.OK, byFolder.exit(), byFolder::toString);
	}

	@Test
	void aMachineWithoutGeneratedDataIsRefused() {
		Fleets.seededMotor(cwd, "ws", "motor_1", 4);
		CommandRun run = CommandRun.in(cwd, "score", "motor_1", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("has no generated data; run 'wearline generate motor_1'"), run::toString);
	}
}
