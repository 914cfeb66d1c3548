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
import io.wearline.sim.SeedOutput;
import io.wearline.core.Profiles;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;
import io.wearline.test.support.SampleProfiles;

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
	void seedsAMachineOfTheWorkspaceIntoParquetInItsFolder() throws IOException {
		CommandRun run = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "12");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		Path file = cwd.resolve("ws/motor_1/seed/seed.parquet");
		assertTrue(Files.isRegularFile(file), run::toString);
		Table table = read(file);
		List<String> names = table.schema().columns().stream().map(Column::name).toList();
		assertEquals(List.of("unit", "cycle", "regime"), names.subList(0, 3));
		assertEquals(List.of("health", "rul", "failure_mode", "failed"), names.subList(names.size() - 4,
				names.size()));
		assertTrue(names.size() > 7, "the motor's sensors are missing: " + names);
		for (Column column : table.schema().columns()) {
			ColumnType expected = switch (column.name()) {
				case "unit", "cycle", "rul" -> ColumnType.INT;
				case "regime", "failure_mode" -> ColumnType.CATEGORICAL;
				case "failed" -> ColumnType.BOOLEAN;
				default -> ColumnType.DOUBLE;
			};
			assertEquals(expected, column.type(), column.name());
		}
		assertEquals(12, table.statistics("unit").distinct());
		assertEquals(12, table.statistics("failed").mean() * table.rowCount(), 1e-6, "one failed row per unit");
		assertTrue(run.out().startsWith("wrote " + file + "\n" + table.rowCount() + " rows, 12 units, "),
				run::toString);
		assertTrue(run.err().contains("100%"), "progress should reach 100%: " + run);
	}

	@Test
	void theSameSeedGivesTheSameTableAndAnotherSeedAnother() throws IOException {
		String[] common = { "seed", "motor_1", "--workspace", "ws", "--rows", "3000" };
		for (String[] words : List.of(concat(common, "--seed", "5", "--out", "a.parquet"),
				concat(common, "--seed", "5", "--out", "b.parquet"), concat(common, "--seed", "6", "--out",
						"c.parquet"))) {
			CommandRun run = CommandRun.in(cwd, words);
			assertEquals(ExitCode.OK, run.exit(), run::toString);
		}
		Table a = read(cwd.resolve("a.parquet"));
		Table b = read(cwd.resolve("b.parquet"));
		Table c = read(cwd.resolve("c.parquet"));
		assertTrue(a.rowCount() >= 3000, a::toString);
		assertEquals(cells(a), cells(b));
		assertNotEquals(cells(a), cells(c));
	}

	private static List<List<Object>> cells(Table table) {
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			List<Object> cells = new java.util.ArrayList<>();
			for (int column = 0; column < table.columnCount(); column++) {
				cells.add(table.value(row, column));
			}
			rows.add(cells);
		}
		return rows;
	}

	@Test
	void theSameSeedGivesTheSameParquetFileByteForByte() throws IOException {
		String[] common = { "seed", "motor_1", "--workspace", "ws", "--rows", "150000" };
		CommandRun first = CommandRun.in(cwd, concat(common, "--seed", "5", "--out", "a.parquet"));
		CommandRun second = CommandRun.in(cwd, concat(common, "--seed", "5", "--out", "b.parquet"));
		assertEquals(ExitCode.OK, first.exit(), first::toString);
		assertEquals(ExitCode.OK, second.exit(), second::toString);
		assertArrayEquals(Files.readAllBytes(cwd.resolve("a.parquet")), Files.readAllBytes(cwd.resolve("b.parquet")));
	}

	@Test
	void parquetIsStreamedInChunksThatMakeTheSameTableAsTheWholeRun() throws IOException {
		CommandRun run = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--rows", "150000", "--seed",
				"3", "--out", "streamed.parquet");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		MachineProfile profile = Profiles.get().load(cwd.resolve("ws/motor_1/profile.machine")).profile();
		Table whole = SeedTables.of(Simulation.run(profile, SimulationOptions.ofRows(150_000, 3), null));

		Table streamed = read(cwd.resolve("streamed.parquet"));

		assertTrue(whole.rowCount() > 2 * SeedOutput.CHUNK_ROWS, "several chunks: " + whole.rowCount());
		assertEquals(whole.schema(), streamed.schema());
		assertEquals(whole.rowCount(), streamed.rowCount());
		for (int c = 0; c < whole.columnCount(); c++) {
			for (int r = 0; r < whole.rowCount(); r += 97) {
				assertEquals(whole.value(r, c), streamed.value(r, c), whole.schema().column(c).name() + " " + r);
			}
		}
		assertTrue(run.out().contains(whole.rowCount() + " rows, " + whole.statistics("unit").distinct()
				+ " units"), run::toString);
		assertEquals(List.of(cwd.resolve("streamed.parquet")), filesIn(cwd, ".parquet"));
	}

	@Test
	void seedAndInspectTakeTheUriOfAHadoopFileSystem() throws IOException {
		String uri = cwd.toUri() + "out/seed.parquet";
		CommandRun seed = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "3", "--out", uri);
		assertEquals(ExitCode.OK, seed.exit(), seed::toString);
		assertTrue(seed.out().startsWith("wrote " + uri + "\n"), seed::toString);
		assertEquals(List.of(cwd.resolve("out/seed.parquet")), filesIn(cwd.resolve("out"), ""));

		CommandRun inspect = CommandRun.in(cwd, "inspect", uri);
		assertEquals(ExitCode.OK, inspect.exit(), inspect::toString);
		assertTrue(inspect.out().startsWith(uri + " (parquet): " + read(cwd.resolve("out/seed.parquet")).rowCount()
				+ " rows"), inspect::toString);
	}

	@Test
	void aUriOfAFileSystemNotInstalledIsRefusedByItsScheme() {
		CommandRun seed = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "3", "--out",
				"hdfs://namenode/seed.parquet");
		assertEquals(ExitCode.FAILED, seed.exit(), seed::toString);
		assertTrue(seed.err().contains("hdfs://namenode/seed.parquet") && seed.err().contains("'hdfs'"),
				seed::toString);
		CommandRun csv = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "3", "--out",
				"s3a://bucket/seed.csv");
		assertEquals(ExitCode.FAILED, csv.exit(), csv::toString);
		assertTrue(csv.err().contains("only Parquet"), csv::toString);
		assertFalse(csv.err().contains("%"), "refused before the simulation: " + csv);
		CommandRun inspect = CommandRun.in(cwd, "inspect", "hdfs://namenode/seed.parquet");
		assertEquals(ExitCode.FAILED, inspect.exit(), inspect::toString);
		assertTrue(inspect.err().contains("'hdfs'"), inspect::toString);
	}

	private static List<Path> filesIn(Path folder, String suffix) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	@Test
	void theSameSeedGivesTheSameCsvFile() throws IOException {
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
	void aProfileFilesDataGoesBesideIt() throws IOException {
		SampleProfiles.write(cwd.resolve("profiles/m1.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "seed", "profiles/m1.machine", "--units", "3");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals(3, read(cwd.resolve("profiles/m1.seed.parquet")).statistics("unit").distinct());
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
		Path profile = SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
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
	void inspectReadsParquet() {
		CommandRun seed = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--units", "2", "--out",
				"s.parquet");
		assertEquals(ExitCode.OK, seed.exit(), seed::toString);
		CommandRun run = CommandRun.in(cwd, "inspect", "s.parquet");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().startsWith("s.parquet (parquet): "), run::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.matches("regime +CATEGORICAL .*")), run::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.matches("failed +BOOLEAN .*")), run::toString);
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
