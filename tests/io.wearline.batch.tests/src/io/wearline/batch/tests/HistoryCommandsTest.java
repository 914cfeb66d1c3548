package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.test.support.SampleProfiles;
import io.wearline.batch.ExitCode;

/** {@code history}, {@code diff}, {@code restore}: the versions of a profile on the command line. */
class HistoryCommandsTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String WIDER = SampleProfiles.MOTOR.replace("range 20 to 120", "range 20 to 150");

	@TempDir
	Path cwd;

	private Path profile;

	@BeforeEach
	void threeVersions() {
		SampleProfiles.write(cwd.resolve("in/m1.machine"), SampleProfiles.MOTOR);
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "import", "in/m1.machine", "--workspace", "ws").exit());
		SampleProfiles.write(cwd.resolve("in/m1.machine"), WIDER);
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "import", "in/m1.machine", "--workspace", "ws").exit());
		profile = cwd.resolve("ws/m1/profile.machine");
	}

	@Test
	void historyListsTheVersionsWithWhatChangedAndSaysHowManyAreKept() throws IOException {
		Files.writeString(profile, Files.readString(profile).replace("nominal 65", "nominal 60"));
		CommandRun run = CommandRun.in(cwd, "history", "m1", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		List<String> lines = run.outLines();
		assertTrue(lines.get(0).matches("VERSION +TIME +USER +CHANGE"), lines.get(0));
		assertTrue(lines.get(1).matches("1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +\\S+ +machine created"), lines.get(1));
		assertTrue(lines.get(2).endsWith(" sensor bearing_temp: range 20–120 → 20–150"), lines.get(2));
		assertTrue(lines.get(3).endsWith(" changed outside Wearline: sensor bearing_temp: nominal 65 → 60"),
				lines.get(3));
		assertEquals("(the last 100 versions are kept; system property wearline.historyLimit)", lines.get(4));

		JsonNode document = JSON.readTree(CommandRun.in(cwd, "history", "m1", "--workspace", "ws", "--json").out());
		assertEquals(3, document.path("versions").size());
		assertEquals(100, document.path("kept").asInt());
		assertTrue(CommandRun.in(cwd, "history", "--help").out().contains("wearline.historyLimit"));
	}

	@Test
	void diffShowsTheChangesElementByElementThenTheText() throws IOException {
		CommandRun run = CommandRun.in(cwd, "diff", "m1", "1", "2", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().startsWith("From m1 version 1 to m1 version 2: sensor bearing_temp: range 20–120 → "
				+ "20–150\n  sensor bearing_temp: range 20–120 → 20–150\n\n--- m1 version 1\n+++ m1 version 2\n@@ "),
				run::toString);
		assertTrue(run.out().matches("(?s).*\n-\\s+range 20 to 120\n\\+\\s+range 20 to 150\n.*"), run::toString);

		JsonNode document = JSON.readTree(CommandRun.in(cwd, "diff", "m1", "2", "--workspace", "ws", "--json").out());
		assertEquals("m1 now", document.path("to").asText());
		assertEquals(0, document.path("changes").size(), "version 2 is the profile now");
		assertEquals("", document.path("textDiff").asText());

		CommandRun absent = CommandRun.in(cwd, "diff", "m1", "7", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, absent.exit(), absent::toString);
		assertEquals("wearline diff: version 7 is not kept; the kept versions are 1 to 2\n", absent.err());
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "diff", "m1", "first", "--workspace", "ws").exit());
	}

	@Test
	void restoreBringsAVersionBackAsANewOne() throws IOException {
		String first = Files.readString(cwd.resolve("ws/m1/history/1.machine"));
		CommandRun run = CommandRun.in(cwd, "restore", "m1", "1", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals("restored version 1 of machine m1 as version 3 (restored version 1: sensor bearing_temp: range"
				+ " 20–150 → 20–120)\n", run.out());
		assertEquals(first, Files.readString(profile));

		JsonNode document = JSON.readTree(CommandRun.in(cwd, "restore", "m1", "2", "--workspace", "ws", "--json")
				.out());
		assertEquals(4, document.path("version").asInt());
		assertTrue(Files.readString(profile).contains("range 20 to 150"));
	}
}
