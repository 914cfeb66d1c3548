package io.wearline.batch.tests;

import static io.wearline.batch.tests.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.batch.ExitCode;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.test.support.SampleProfiles;

class ValidateCommandTest {
	private static final Pattern SUMMARY = Pattern.compile(
			"validated (\\d+) profiles?: (\\d+) valid, (\\d+) invalid \\((\\d+) errors?, (\\d+) warnings?\\) in \\d+ ms");

	@TempDir
	Path cwd;

	@Test
	void validProfileExitsZero() {
		SampleProfiles.write(cwd.resolve("profiles/m1.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "validate", "profiles/m1.machine");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals(List.of("validated 1 profile: 1 valid, 0 invalid (0 errors, 0 warnings) in MS ms"),
				withoutMillis(run.outLines()));
		assertEquals("", run.err());
	}

	@Test
	void verboseGivesEveryProfileAVerdictLineAfterItsProblems() {
		SampleProfiles.write(cwd.resolve("a-ok.machine"), SampleProfiles.MOTOR);
		SampleProfiles.write(cwd.resolve("b-broken.machine"), SampleProfiles.BROKEN);
		CommandRun run = CommandRun.in(cwd, "validate", "--verbose", "a-ok.machine", "b-broken.machine");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		List<String> lines = withoutMillis(run.outLines());
		assertEquals(4, lines.size(), run::toString);
		assertEquals("a-ok.machine: valid", lines.get(0));
		assertTrue(lines.get(1).startsWith("b-broken.machine:" + SampleProfiles.BROKEN_LINE + ":"), lines.get(1));
		assertEquals("b-broken.machine: invalid (1 error, 0 warnings)", lines.get(2));
		assertEquals("validated 2 profiles: 1 valid, 1 invalid (1 error, 0 warnings) in MS ms", lines.get(3));
	}

	@Test
	void warningsAloneKeepAProfileValid() {
		SampleProfiles.write(cwd.resolve("no-unit.machine"), SampleProfiles.MOTOR.replace("    unit \"°C\"\n", ""));
		CommandRun run = CommandRun.in(cwd, "validate", "no-unit.machine");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		List<String> lines = withoutMillis(run.outLines());
		assertEquals(2, lines.size(), run::toString);
		assertTrue(lines.get(0).matches("no-unit\\.machine:\\d+:\\d+: warning: .+ \\[" + Pattern.quote(IssueCodes.MISSING_UNIT)
				+ "\\]"), lines.get(0));
		assertEquals("validated 1 profile: 1 valid, 0 invalid (0 errors, 1 warning) in MS ms", lines.get(1));
	}

	@Test
	void brokenProfileNamesFileLineAndColumnAsTheUserWroteIt() {
		SampleProfiles.write(cwd.resolve("profiles/broken.machine"), SampleProfiles.BROKEN);
		CommandRun run = CommandRun.in(cwd, "validate", "profiles/broken.machine");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		List<String> lines = run.outLines();
		assertEquals(2, lines.size(), run::toString);
		String prefix = "profiles/broken.machine:" + SampleProfiles.BROKEN_LINE + ":" + SampleProfiles.BROKEN_COLUMN
				+ ": error: ";
		assertTrue(lines.get(0).startsWith(prefix), lines.get(0));
		assertTrue(lines.get(0).endsWith(" [" + IssueCodes.NOMINAL_OUT_OF_RANGE + "]"), lines.get(0));
		assertEquals("validated 1 profile: 0 valid, 1 invalid (1 error, 0 warnings) in MS ms",
				withoutMillis(lines).get(1));
	}

	@Test
	void syntaxErrorIsPlacedWhereTheNumberIsMissing() {
		String text = SampleProfiles.MOTOR.replace("range 0 to 3000 clipped", "range 0 to clipped");
		SampleProfiles.write(cwd.resolve("syntax.machine"), text);
		CommandRun run = CommandRun.in(cwd, "validate", "syntax.machine");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		String first = run.outLines().get(0);
		// the number is missing right after "to", before the blank that separates it from "clipped"
		assertTrue(first.startsWith("syntax.machine:" + SampleProfiles.placeOf(text, " clipped")
				+ ": error: A number is missing here"), first);
		assertTrue(first.endsWith(" [" + IssueCodes.SYNTAX_ERROR + "]"), first);
	}

	@Test
	void folderIsValidatedRecursivelyInPathOrder() throws IOException {
		Path folder = cwd.resolve("fleet");
		Path source = SampleProfiles.write(folder.resolve("a/m1.machine"), SampleProfiles.MOTOR);
		LoadedProfile valid = Profiles.get().load(source);
		Profiles.get().write(valid.profile(), ProfileFormat.JSON, folder.resolve("a/m2.json"));
		Profiles.get().write(valid.profile(), ProfileFormat.YAML, folder.resolve("b/c/m3.yaml"));
		Profiles.get().write(valid.profile(), ProfileFormat.YAML, folder.resolve("b/m4.yml"));
		Profiles.get().write(valid.profile(), ProfileFormat.XLSX, folder.resolve("b/m5.xlsx"));
		SampleProfiles.write(folder.resolve("z/m6.machine"), SampleProfiles.MOTOR);
		SampleProfiles.write(folder.resolve("b/broken.machine"), SampleProfiles.BROKEN);
		SampleProfiles.write(folder.resolve("notes.txt"), "not a profile");
		SampleProfiles.write(folder.resolve(".history/old.machine"), SampleProfiles.BROKEN);

		CommandRun run = CommandRun.in(cwd, "validate", "fleet", "--json");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		JsonNode report = new ObjectMapper().readTree(run.out());
		List<String> files = new ArrayList<>();
		report.get("files").forEach(f -> files.add(f.get("file").asText()));
		assertEquals(List.of("fleet/a/m1.machine", "fleet/a/m2.json", "fleet/b/broken.machine", "fleet/b/c/m3.yaml",
				"fleet/b/m4.yml", "fleet/b/m5.xlsx", "fleet/z/m6.machine"), files);

		CommandRun text = CommandRun.in(cwd, "validate", "fleet");
		assertEquals(ExitCode.FAILED, text.exit(), text::toString);
		List<String> lines = text.outLines();
		assertTrue(lines.get(0).startsWith("fleet/b/broken.machine:" + SampleProfiles.BROKEN_LINE + ":"), text::toString);
		Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1));
		assertTrue(summary.matches(), text::toString);
		assertEquals("7", summary.group(1));
		assertEquals("6", summary.group(2));
		assertEquals("1", summary.group(3));
		assertEquals(String.valueOf(lines.size() - 1), summary.group(4), "one error line each");
	}

	@Test
	void jsonReportParsesBackAndMatchesTheText() throws IOException {
		SampleProfiles.write(cwd.resolve("ok.machine"), SampleProfiles.MOTOR);
		SampleProfiles.write(cwd.resolve("broken.machine"), SampleProfiles.BROKEN);
		CommandRun json = CommandRun.in(cwd, "validate", "ok.machine", "broken.machine", "--json");
		CommandRun text = CommandRun.in(cwd, "validate", "ok.machine", "broken.machine");
		assertEquals(ExitCode.FAILED, json.exit(), json::toString);

		JsonNode report = new ObjectMapper().readTree(json.out());
		JsonNode files = report.get("files");
		assertEquals(2, files.size());
		assertEquals("ok.machine", files.get(0).get("file").asText());
		assertEquals("machine", files.get(0).get("format").asText());
		assertTrue(files.get(0).get("valid").asBoolean());
		assertEquals("broken.machine", files.get(1).get("file").asText());
		assertEquals(false, files.get(1).get("valid").asBoolean());

		JsonNode problems = report.get("problems");
		List<String> textLines = text.outLines();
		assertEquals(textLines.size() - 1, problems.size(), text::toString);
		for (int i = 0; i < problems.size(); i++) {
			JsonNode p = problems.get(i);
			String line = p.get("file").asText() + ":" + p.get("location").asText() + ": " + p.get("severity").asText()
					+ ": " + p.get("message").asText() + " [" + p.get("code").asText() + "]";
			assertEquals(textLines.get(i), line);
		}
		assertEquals(SampleProfiles.BROKEN_LINE + ":" + SampleProfiles.BROKEN_COLUMN,
				problems.get(0).get("location").asText());
		assertEquals(IssueCodes.NOMINAL_OUT_OF_RANGE, problems.get(0).get("code").asText());

		JsonNode summary = report.get("summary");
		assertEquals(2, summary.get("profiles").asInt());
		assertEquals(1, summary.get("valid").asInt());
		assertEquals(1, summary.get("invalid").asInt());
		assertEquals(1, summary.get("errors").asInt());
		assertTrue(summary.get("millis").asLong() >= 0);
	}

	@Test
	void fileThatIsNotAProfileIsAUsageError() {
		SampleProfiles.write(cwd.resolve("notes.txt"), "hello");
		assertUsageError(CommandRun.in(cwd, "validate", "notes.txt"),
				"wearline validate: notes.txt is not a profile file: its name must end in "
						+ ".machine, .json, .yaml, .yml or .xlsx");
	}

	@Test
	void oneMissingPathStopsBeforeAnythingIsRead() {
		SampleProfiles.write(cwd.resolve("ok.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "validate", "ok.machine", "missing");
		assertUsageError(run, "wearline validate: no such file or folder: missing");
		assertEquals("", run.out());
	}

	@Test
	void folderWithoutProfilesIsSaidOnStderr() throws IOException {
		SampleProfiles.write(cwd.resolve("empty/readme.txt"), "no profiles here");
		CommandRun run = CommandRun.in(cwd, "validate", "empty");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals("wearline validate: warning: empty holds no profile file (.machine, .json, .yaml, .yml or .xlsx)\n",
				run.err());
		assertEquals(List.of("validated 0 profiles: 0 valid, 0 invalid (0 errors, 0 warnings) in MS ms"),
				withoutMillis(run.outLines()));
	}

	private static List<String> withoutMillis(List<String> lines) {
		return lines.stream().map(l -> l.replaceAll(" in \\d+ ms$", " in MS ms")).toList();
	}
}
