package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.test.support.SampleProfiles;
import io.wearline.batch.ExitCode;
import io.wearline.core.Machine;
import io.wearline.core.MachineRule;
import io.wearline.core.StepOutcome;

/** {@code machines}, {@code status}, {@code import}, {@code delete}, {@code rename}, {@code duplicate}. */
class MachineCommandsTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path cwd;

	private Machine m1;

	@BeforeEach
	void importAMachine() {
		SampleProfiles.write(cwd.resolve("in/m1.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "import", "in/m1.machine", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		m1 = new Machine("m1", cwd.resolve("ws/m1"));
		assertEquals("created machine m1 in " + cwd.resolve("ws") + " (version 1: machine created)\n", run.out());
	}

	/** Makes m1 look scored: the files of every step and a report whose overall score is 0.912. */
	private void scoreM1() {
		SampleProfiles.write(m1.seedFile(), "seed");
		SampleProfiles.write(m1.modelFolder().resolve("manifest.json"), "{}");
		SampleProfiles.write(m1.dataFolder().resolve("manifest.json"), "{}");
		SampleProfiles.write(m1.reportsFolder().resolve("quality.json"),
				"{\"format\": \"wearline-quality-report\", \"properties\": {\"shapes\": 0.95, \"pairs\": 0.874},"
						+ " \"overall\": 0.912}");
	}

	private static JsonNode json(CommandRun run) throws IOException {
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		return JSON.readTree(run.out());
	}

	@Test
	void machinesListsEachMachineWithItsStatusAndScore() throws IOException {
		scoreM1();
		SampleProfiles.write(cwd.resolve("in/pump.machine"), SampleProfiles.MOTOR.replace("machine m1 \"Motor 1\"",
				"machine pump_3 \"Pump 3\"").replace("type motor", "type pump"));
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "import", "in/pump.machine", "--workspace", "ws").exit());

		CommandRun run = CommandRun.in(cwd, "machines", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		List<String> lines = run.outLines();
		assertEquals(3, lines.size(), run::toString);
		assertTrue(lines.get(0).matches("ID +NAME +TYPE +STATUS +OVERALL +LAST CHANGE"), lines.get(0));
		assertTrue(lines.get(1).matches("m1 +Motor 1 +motor +scored +0\\.912 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"),
				lines.get(1));
		assertTrue(lines.get(2).matches("pump_3 +Pump 3 +pump +profile +- +.*"), lines.get(2));

		JsonNode document = json(CommandRun.in(cwd, "machines", "--workspace", "ws", "--json"));
		assertEquals(cwd.resolve("ws").toString(), document.path("workspace").asText());
		assertEquals(0.912, document.path("machines").get(0).path("overall").asDouble());
		assertEquals("pump_3", document.path("machines").get(1).path("id").asText());
		assertTrue(document.path("machines").get(1).path("overall").isNull());
	}

	@Test
	void theHeadlineOfAReportOnSimulatedRowsIsTheFidelityAgainstUnseenRows() throws IOException {
		scoreM1();
		SampleProfiles.write(m1.reportsFolder().resolve("quality.json"), "{\"properties\": {\"shapes\": 0.95},"
				+ " \"overall\": 0.973, \"holdoutFidelity\": {\"properties\": {\"shapes\": 0.924}, \"overall\": 0.943}}");

		CommandRun run = CommandRun.in(cwd, "status", "m1", "--workspace", "ws");
		assertTrue(run.out().contains("scores   overall 0.943, overallTrainingRows 0.973, shapes 0.924\n"),
				run::toString);
		JsonNode document = json(CommandRun.in(cwd, "machines", "--workspace", "ws", "--json"));
		assertEquals(0.943, document.path("machines").get(0).path("overall").asDouble(), "as the build's table");
	}

	@Test
	void statusShowsTheStageFilesAndTheLastOutcomeOfAMachineGivenByIdOrFolder() throws IOException {
		scoreM1();
		new StepOutcome("score", StepOutcome.Result.FAILED, "privacy 0.381 < 0.50", Instant.now()).write(m1);

		CommandRun run = CommandRun.in(cwd, "status", "m1", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().contains("status   failed at score\n"), run::toString);
		assertTrue(run.out().matches("(?s).*\n  seed/seed.parquet +4 bytes .*"), run::toString);
		assertTrue(run.out().contains("scores   overall 0.912, shapes 0.950, pairs 0.874\n"), run::toString);
		assertTrue(run.out().contains("outcome  score failed at "), run::toString);
		assertTrue(run.out().contains(": privacy 0.381 < 0.50\n"), run::toString);
		assertTrue(run.out().contains("last run none\n"), run::toString);

		JsonNode document = json(CommandRun.in(cwd, "status", "ws/m1", "--json"));
		assertEquals("failed at score", document.path("status").asText());
		assertEquals("scored", document.path("stage").asText());
		assertEquals("score", document.path("lastOutcome").path("step").asText());
		assertEquals(0.874, document.path("scores").path("pairs").asDouble());
		assertTrue(document.path("busy").isNull());
		JsonNode seed = document.path("files").get(1);
		assertEquals("seed/seed.parquet", seed.path("path").asText());
		assertEquals(4, seed.path("bytes").asLong());

		CommandRun unknown = CommandRun.in(cwd, "status", "m9", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, unknown.exit(), unknown::toString);
		assertTrue(unknown.err().contains("no machine 'm9' in the workspace"), unknown::toString);
	}

	@Test
	void importOfAnyFormatUpdatesAnExistingMachineAsANewVersion() throws IOException {
		SampleProfiles.write(cwd.resolve("in/m1.machine"), SampleProfiles.MOTOR.replace("noise 0.5", "noise 0.7"));
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "convert", "in/m1.machine", "--to", "yaml").exit());

		CommandRun run = CommandRun.in(cwd, "import", "in/m1.yaml", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals("updated machine m1 in " + cwd.resolve("ws") + " (version 2: sensor bearing_temp: noise 0.5 → 0.7)\n",
				run.out());
		assertTrue(Files.readString(m1.profileFile()).contains("noise 0.7"));
	}

	@Test
	void importOfAnInvalidProfilePrintsItsProblemsAndChangesNothing() throws IOException {
		String before = Files.readString(m1.profileFile());
		SampleProfiles.write(cwd.resolve("in/broken.machine"), SampleProfiles.BROKEN);
		CommandRun run = CommandRun.in(cwd, "import", "in/broken.machine", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("in/broken.machine:" + SampleProfiles.BROKEN_LINE + ":"
				+ SampleProfiles.BROKEN_COLUMN + ": error: "), run::toString);
		assertTrue(run.err().contains("wearline import: in/broken.machine is not imported; correct the errors above"),
				run::toString);
		assertEquals(before, Files.readString(m1.profileFile()));
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "import", "in/absent.machine", "--workspace", "ws").exit());
	}

	@Test
	void deleteNeedsYes() throws IOException {
		CommandRun refused = CommandRun.in(cwd, "delete", "m1", "--workspace", "ws");
		assertEquals(ExitCode.USAGE, refused.exit(), refused::toString);
		assertTrue(refused.err().contains("add --yes to delete it"), refused::toString);
		assertTrue(Files.exists(m1.profileFile()));

		JsonNode deleted = json(CommandRun.in(cwd, "delete", "m1", "--yes", "--workspace", "ws", "--json"));
		assertEquals("deleted", deleted.path("action").asText());
		assertFalse(Files.exists(m1.folder()));
		assertEquals(ExitCode.FAILED, CommandRun.in(cwd, "delete", "m1", "--yes", "--workspace", "ws").exit());
	}

	@Test
	void renameAndDuplicateMakeMachinesOfNewIds() throws IOException {
		SampleProfiles.write(m1.seedFile(), "seed");
		CommandRun copy = CommandRun.in(cwd, "duplicate", "m1", "m2", "--workspace", "ws");
		assertEquals(ExitCode.OK, copy.exit(), copy::toString);
		assertEquals("duplicated machine m1 as m2 (" + cwd.resolve("ws/m2") + ")\n", copy.out());
		assertEquals("seed", Files.readString(cwd.resolve("ws/m2/seed/seed.parquet")));

		CommandRun taken = CommandRun.in(cwd, "rename", "m1", "m2", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, taken.exit(), taken::toString);
		assertTrue(taken.err().contains("Machine 'm2' exists already"), taken::toString);
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "rename", "m1", "M-3", "--workspace", "ws").exit());

		JsonNode renamed = json(CommandRun.in(cwd, "rename", "m1", "m3", "--workspace", "ws", "--json"));
		assertEquals("m3", renamed.path("newId").asText());
		assertTrue(Files.readString(cwd.resolve("ws/m3/profile.machine")).startsWith("machine m3 \"Motor 1\""));
		assertFalse(Files.exists(m1.folder()));
		JsonNode list = json(CommandRun.in(cwd, "machines", "--workspace", "ws", "--json"));
		assertEquals("m2", list.path("machines").get(0).path("id").asText());
		assertEquals("m3", list.path("machines").get(1).path("id").asText());
	}

	@Test
	void aMachineAJobWorksOnIsBusyForTheCommands() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Job training = Job.create("train", monitor -> {
			running.countDown();
			try {
				release.await();
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			}
		});
		training.setRule(new MachineRule(m1.folder()));
		training.schedule();
		try {
			running.await();
			CommandRun run = CommandRun.in(cwd, "delete", "m1", "--yes", "--workspace", "ws");
			assertEquals(ExitCode.FAILED, run.exit(), run::toString);
			assertEquals("wearline delete: machine m1 is busy: train started by process "
					+ ProcessHandle.current().pid() + "\n", run.err());
			assertTrue(Files.exists(m1.profileFile()));
		} finally {
			release.countDown();
			training.join();
		}
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "delete", "m1", "--yes", "--workspace", "ws").exit());
	}
}
