package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableFormats;
import io.wearline.test.support.SampleProfiles;

/** {@code build}: the whole flow per machine, machines in parallel, a failure that stops only its machine. */
class BuildCommandTest {
	@TempDir
	Path cwd;

	@Test
	void buildsEveryGoodProfileToAScoredDatasetAndReportsTheBrokenOneAtItsStep() throws IOException {
		SampleProfiles.write(cwd.resolve("profiles/m1.machine"), SampleProfiles.MOTOR);
		SampleProfiles.write(cwd.resolve("profiles/m2.machine"), SampleProfiles.BROKEN.replace("machine m1",
				"machine m2"));

		CommandRun built = CommandRun.in(cwd, "build", "profiles", "--workspace", "ws", "--rows", "2000",
				"--epochs", "2", "--parallel", "2", "--thresholds", "overall=0.1,shapes=off,pairs=off,utility=off,privacy=off");

		assertEquals(ExitCode.FAILED, built.exit(), built::toString);
		List<String> lines = built.outLines();
		assertTrue(lines.get(0).matches("machine +outcome +seed rows +epochs +generated +overall +verdict +seconds"),
				built::toString);
		String m1 = lines.stream().filter(line -> line.startsWith("m1 ")).findFirst().orElseThrow();
		assertTrue(m1.matches("m1 +ok +\\d{4,} +2 +50000 +0\\.\\d{3} +pass +\\d+\\.\\d"), m1);
		String m2 = lines.stream().filter(line -> line.startsWith("profiles/m2.machine ")).findFirst().orElseThrow();
		assertTrue(m2.contains("failed:validate"), m2);
		assertTrue(built.err().contains("profiles/m2.machine:" + SampleProfiles.BROKEN_LINE + ":"
				+ SampleProfiles.BROKEN_COLUMN), built::toString);
		assertTrue(built.err().contains("1 of 2 machines failed"), built::toString);

		Path machine = cwd.resolve("ws/m1");
		assertEquals(35_000, TableFormats.standard().read(machine.resolve("data/train.parquet"),
				ReadOptions.defaults()).table().rowCount());
		assertTrue(Files.isRegularFile(machine.resolve("model/model.wlm")));
		assertTrue(Files.isRegularFile(machine.resolve("reports/quality.json")));
		assertTrue(Files.isRegularFile(machine.resolve("reports/quality.html")));
		assertTrue(Files.notExists(cwd.resolve("ws/m2")), "a profile that fails validation makes no machine");
	}

	@Test
	void aMachineIdBuildsTheWorkspaceMachineAndAnUnknownOneIsAUsageError() {
		CommandRun created = CommandRun.in(cwd, "new", "--template", "pump", "--id", "pump_1", "--workspace", "ws");
		assertEquals(ExitCode.OK, created.exit(), created::toString);

		CommandRun built = CommandRun.in(cwd, "build", "pump_1", "--workspace", "ws", "--rows", "1500", "--epochs",
				"1", "--no-score");
		assertEquals(ExitCode.OK, built.exit(), built::toString);
		assertTrue(built.out().contains("pump_1: not scored (--no-score)"), built::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("ws/pump_1/data/manifest.json")));

		CommandRun unknown = CommandRun.in(cwd, "build", "no_such_machine", "--workspace", "ws");
		assertEquals(ExitCode.USAGE, unknown.exit(), unknown::toString);
		assertTrue(unknown.err().contains("'no_such_machine' is neither a file, a folder nor a machine"),
				unknown::toString);
	}
}
