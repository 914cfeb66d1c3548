package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.batch.ExitCode;

/** {@code wearline validate-all} over a workspace of a good, a bad and a machine without generated data. */
class ValidateAllCommandTest {
	@TempDir
	Path cwd;

	@Test
	void aFleetWithABadMachineFailsAndTheFleetReportSaysWhich() throws IOException {
		Fleets.seededMotor(cwd, "ws", "good", 8);
		Fleets.generateLikeSeed(cwd, "ws", "good", 8);
		Path bad = Fleets.seededMotor(cwd, "ws", "bad", 8);
		Fleets.generateShifted(bad, 3);
		Fleets.seededMotor(cwd, "ws", "idle", 3);

		CommandRun run = CommandRun.in(cwd, "validate-all", "ws", "--parallel", "2");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().contains("[3/3]"), "progress on stderr: " + run);
		assertTrue(run.outLines().get(0).matches("machine +verdict +overall +shapes +pairs +utility +privacy +why"),
				run::toString);
		assertTrue(line(run, "good").contains(" pass "), run::toString);
		assertTrue(line(run, "bad").contains(" FAIL ") && line(run, "bad").contains("< 0.80"), run::toString);
		assertTrue(line(run, "idle").contains("not generated"), run::toString);
		assertTrue(run.out().contains("3 machines: 1 passed, 1 failed, 1 not generated, 0 errors"), run::toString);

		JsonNode fleet = new ObjectMapper().readTree(cwd.resolve("ws/fleet-report.json").toFile());
		assertEquals("wearline-fleet-report", fleet.get("format").asText());
		assertFalse(fleet.get("passed").asBoolean());
		Map<String, String> statuses = new HashMap<>();
		for (JsonNode entry : fleet.get("entries")) {
			statuses.put(entry.get("machine").asText(), entry.get("status").asText());
		}
		assertEquals(Map.of("good", "PASSED", "bad", "FAILED", "idle", "NOT_GENERATED"), statuses);
		assertEquals(0.8, fleet.get("thresholds").get("overall").asDouble());
		String html = Files.readString(cwd.resolve("ws/fleet-report.html"));
		assertTrue(html.contains("href=\"good/reports/quality.html\""), "each machine links to its report");
		assertEquals(2, html.split("<svg").length - 1, "a bar chart per scored machine");
		assertFalse(html.contains("http://") || html.contains("https://"));
		assertTrue(Files.isRegularFile(cwd.resolve("ws/bad/reports/quality.html")), "each machine gets its reports");
	}

	private static String line(CommandRun run, String machine) {
		return run.outLines().stream().filter(l -> l.startsWith(machine + " ")).findFirst().orElse("") + " ";
	}

	@Test
	void machinesWithoutGeneratedDataFailOnlyWhenStrictAndThresholdsComeFromTheCommandLine() {
		Fleets.seededMotor(cwd, "ws", "good", 6);
		Fleets.generateLikeSeed(cwd, "ws", "good", 6);
		Fleets.seededMotor(cwd, "ws", "idle", 3);
		Map<String, String> environment = Map.of("WEARLINE_WORKSPACE", "ws");

		CommandRun lenient = CommandRun.in(cwd, environment, "validate-all", "--no-utility");
		assertEquals(ExitCode.OK, lenient.exit(), lenient::toString);
		CommandRun strict = CommandRun.in(cwd, environment, "validate-all", "--no-utility", "--strict");
		assertEquals(ExitCode.FAILED, strict.exit(), strict::toString);
		CommandRun demanding = CommandRun.in(cwd, environment, "validate-all", "--no-utility", "--min-overall", "1");
		assertEquals(ExitCode.FAILED, demanding.exit(), demanding::toString);
		assertTrue(line(demanding, "good").contains("< 1.00"), demanding::toString);
		CommandRun wrong = CommandRun.in(cwd, environment, "validate-all", "--min-privacy", "2");
		assertEquals(ExitCode.USAGE, wrong.exit(), wrong::toString);
		assertTrue(wrong.err().contains("--min-privacy: the threshold privacy takes a score from 0 to 1"), wrong::toString);
	}

	@Test
	void aWorkspaceThatDoesNotExistIsAUsageError() {
		CommandRun run = CommandRun.in(cwd, "validate-all", "nowhere");
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		assertTrue(run.err().contains("does not exist"), run::toString);
	}
}
