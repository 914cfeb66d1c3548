package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.data.Column;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;

/** {@code seed} of a workspace machine made from the motor template and of profile files; {@code inspect}. */
class SeedCommandTest {
	@TempDir
	Path cwd;

	@BeforeEach
	void createMotor() {
		CommandRun run = CommandRun.in(cwd, "new", "--template", "motor", "--id", "motor_1", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
	}

	private static Table read(Path file) throws TableReadException {
		return TableFormats.standard().read(file, ReadOptions.defaults()).table();
	}

	@Test
	void seedsAMachineOfTheWorkspaceIntoAFile() throws IOException {
		CommandRun run = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "12", "--out",
				"out/seed.csv");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		Path file = cwd.resolve("out/seed.csv");
		assertTrue(Files.isRegularFile(file), run::toString);
		Table table = read(file);
		List<String> names = table.schema().columns().stream().map(Column::name).toList();
		assertEquals(List.of("unit", "cycle", "regime"), names.subList(0, 3));
		assertEquals(List.of("health", "rul", "failure_mode", "failed"), names.subList(names.size() - 4,
				names.size()));
		assertTrue(names.size() > 7, "the motor's sensors are missing: " + names);
		assertEquals(12, table.statistics("unit").distinct());
		assertEquals(12, table.statistics("failed").mean() * table.rowCount(), 1e-6, "one failed row per unit");
		assertTrue(run.out().contains(table.rowCount() + " rows, 12 units, "), run::toString);
		assertTrue(run.err().contains("100%"), "progress should reach 100%: " + run);
	}

	@Test
	void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
		String[] common = { "seed", "motor_1", "--workspace", "ws", "--rows", "3000" };
		CommandRun first = CommandRun.in(cwd, concat(common, "--seed", "5", "--out", "a.csv"));
		CommandRun second = CommandRun.in(cwd, concat(common, "--seed", "5", "--out", "b.csv"));
		CommandRun other = CommandRun.in(cwd, concat(common, "--seed", "6", "--out", "c.csv"));
		assertEquals(ExitCode.OK, first.exit(), first::toString);
		assertEquals(ExitCode.OK, second.exit(), second::toString);
		assertEquals(ExitCode.OK, other.exit(), other::toString);
		assertArrayEquals(Files.readAllBytes(cwd.resolve("a.csv")), Files.readAllBytes(cwd.resolve("b.csv")));
		assertFalse(Files.readString(cwd.resolve("a.csv")).equals(Files.readString(cwd.resolve("c.csv"))));
		assertTrue(read(cwd.resolve("a.csv")).rowCount() >= 3000);
	}

	@Test
	void writesIntoTheMachineFolderByDefault() {
		// the default file is Parquet; until that format is registered the command says it cannot write it
		CommandRun run = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "3");
		Path file = cwd.resolve("ws/motor_1/seed/seed.parquet");
		if (TableFormats.standard().writableFormats().contains("parquet")) {
			assertEquals(ExitCode.OK, run.exit(), run::toString);
			assertTrue(Files.isRegularFile(file), run::toString);
		} else {
			assertEquals(ExitCode.FAILED, run.exit(), run::toString);
			assertTrue(run.err().contains("cannot write " + file), run::toString);
			assertFalse(run.err().contains("Simulating"), "it should refuse before simulating: " + run);
		}
	}

	@Test
	void theWorkspaceMayComeFromTheEnvironment() {
		CommandRun run = CommandRun.in(cwd, Map.of("WEARLINE_WORKSPACE", "ws"), "seed", "motor_1", "--units", "2",
				"--out", "env.jsonl");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("env.jsonl")));
	}

	@Test
	void seedsAProfileFile() throws IOException {
		Path profile = SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.VALID);
		CommandRun run = CommandRun.in(cwd, "seed", "m1.machine", "--units", "4", "--out", "m1.csv");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals(4, read(cwd.resolve("m1.csv")).statistics("unit").distinct());
		assertTrue(Files.exists(profile));
	}

	@Test
	void anInvalidProfileIsRefusedWithItsProblems() {
		SampleProfiles.write(cwd.resolve("broken.machine"), SampleProfiles.BROKEN);
		CommandRun run = CommandRun.in(cwd, "seed", "broken.machine", "--units", "2", "--out", "broken.csv");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("broken.machine is not a valid profile"), run::toString);
		assertTrue(run.err().contains(":" + SampleProfiles.BROKEN_LINE + ":"), run::toString);
		assertFalse(Files.exists(cwd.resolve("broken.csv")));
	}

	@Test
	void anUnknownMachineIsRefusedNamingTheWorkspace() {
		CommandRun run = CommandRun.in(cwd, "seed", "no_such", "--workspace", "ws", "--out", "x.csv");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("no machine 'no_such' in the workspace " + cwd.resolve("ws")), run::toString);
	}

	@Test
	void wrongCountsAreUsageErrorsAndLeaveThePreviousFile() throws IOException {
		Path previous = cwd.resolve("keep.csv");
		Files.writeString(previous, "old\n");
		CommandRun bad = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "0", "--out",
				"keep.csv");
		assertEquals(ExitCode.USAGE, bad.exit(), bad::toString);
		assertEquals("old\n", Files.readString(previous));
		CommandRun both = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "2", "--rows", "9");
		assertEquals(ExitCode.USAGE, both.exit(), both::toString);
	}

	@Test
	void inspectPrintsTheColumnsAndTheRowCount() throws IOException {
		CommandRun seed = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "5", "--out",
				"s.csv");
		assertEquals(ExitCode.OK, seed.exit(), seed::toString);
		Table table = read(cwd.resolve("s.csv"));
		CommandRun run = CommandRun.in(cwd, "inspect", "s.csv");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().startsWith("s.csv (csv): " + table.rowCount() + " rows, " + table.columnCount()
				+ " columns"), run::toString);
		List<String> lines = run.outLines();
		assertTrue(lines.get(2).matches("column +type +null +count +missing +distinct +mean.*"), run::toString);
		for (Column column : table.schema().columns()) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(column.name() + " ") && l.contains(column.type()
					.name())), column + " in " + run);
		}
		assertEquals(3 + table.columnCount(), lines.size(), run::toString);
		int width = lines.get(2).length();
		assertNotEquals(0, width);
	}

	@Test
	void inspectNamesAFileItCannotRead() throws IOException {
		Files.writeString(cwd.resolve("bad.jsonl"), "{\"a\": 1}\nnot json\n");
		CommandRun run = CommandRun.in(cwd, "inspect", "bad.jsonl");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().startsWith("wearline inspect: bad.jsonl: "), run::toString);
		CommandRun missing = CommandRun.in(cwd, "inspect", "none.csv");
		assertEquals(ExitCode.USAGE, missing.exit(), missing::toString);
		assertTrue(missing.err().contains("none.csv: no such file"), missing::toString);
	}

	@Test
	void helpExplainsBothCommands() {
		CommandRun seed = CommandRun.in(cwd, "seed", "--help");
		assertEquals(ExitCode.OK, seed.exit(), seed::toString);
		assertTrue(seed.out().contains("seed/seed.parquet") && seed.out().contains("--units"), seed::toString);
		CommandRun inspect = CommandRun.in(cwd, "inspect", "--help");
		assertEquals(ExitCode.OK, inspect.exit(), inspect::toString);
		assertTrue(inspect.out().contains("statistics"), inspect::toString);
	}

	private static String[] concat(String[] first, String... rest) {
		String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
		System.arraycopy(rest, 0, all, first.length, rest.length);
		return all;
	}
}
