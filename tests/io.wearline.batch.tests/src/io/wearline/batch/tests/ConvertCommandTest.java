package io.wearline.batch.tests;

import static io.wearline.batch.tests.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.batch.ExitCode;
import io.wearline.core.LoadedProfile;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.test.support.SampleProfiles;

class ConvertCommandTest {
	@TempDir
	Path cwd;

	@ParameterizedTest
	@ValueSource(strings = { "json", "yaml", "xlsx" })
	void convertsToEachFormatAndBack(String format) throws IOException {
		SampleProfiles.write(cwd.resolve("in/m1.machine"), SampleProfiles.MOTOR);

		CommandRun there = CommandRun.in(cwd, "convert", "in/m1.machine", "--to", format);
		assertEquals(ExitCode.OK, there.exit(), there::toString);
		assertEquals("wrote in/m1." + format + "\n", there.out());
		assertTrue(Files.size(cwd.resolve("in/m1." + format)) > 0);

		CommandRun back = CommandRun.in(cwd, "convert", "in/m1." + format, "--to", "machine", "--out",
				"out/back.machine");
		assertEquals(ExitCode.OK, back.exit(), back::toString);
		assertEquals("wrote out/back.machine\n", back.out());

		LoadedProfile original = Profiles.get().load(cwd.resolve("in/m1.machine"));
		LoadedProfile roundTrip = Profiles.get().load(cwd.resolve("out/back.machine"));
		assertFalse(roundTrip.hasErrors(), roundTrip.problems()::toString);
		assertEquals(Profiles.get().toDsl(original.profile()), Profiles.get().toDsl(roundTrip.profile()));
	}

	@Test
	void ymlCountsAsYaml() {
		SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "convert", "m1.machine", "--to", "YAML", "--out", "m1.yml");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "validate", "m1.yml").exit());
	}

	@Test
	void invalidProfileIsRefusedWithItsProblems() {
		SampleProfiles.write(cwd.resolve("broken.machine"), SampleProfiles.BROKEN);
		CommandRun run = CommandRun.in(cwd, "convert", "broken.machine", "--to", "json");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("broken.machine:" + SampleProfiles.BROKEN_LINE + ":"
				+ SampleProfiles.BROKEN_COLUMN + ": error: "), run::toString);
		assertTrue(run.err().contains("[" + IssueCodes.NOMINAL_OUT_OF_RANGE + "]"), run::toString);
		assertTrue(run.err().contains("Nothing was written."), run::toString);
		assertFalse(Files.exists(cwd.resolve("broken.json")));
	}

	@Test
	void neverOverwritesTheInput() throws IOException {
		Path input = SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		CommandRun run = CommandRun.in(cwd, "convert", "m1.machine", "--to", "machine");
		assertUsageError(run, "wearline convert: converting m1.machine would overwrite it; name another file with --out");
		assertEquals(SampleProfiles.MOTOR, Files.readString(input));
	}

	@Test
	void unknownFormatListsTheKnownOnes() {
		SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		assertUsageError(CommandRun.in(cwd, "convert", "m1.machine", "--to", "csv"),
				"wearline convert: unknown format 'csv' for --to: write one of machine, json, yaml, xlsx");
	}

	@Test
	void outputNameMustFitTheFormat() {
		SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		assertUsageError(CommandRun.in(cwd, "convert", "m1.machine", "--to", "yaml", "--out", "m1.json"),
				"wearline convert: --out m1.json: the name must end in .yaml to hold yaml");
		assertFalse(Files.exists(cwd.resolve("m1.json")));
	}
}
