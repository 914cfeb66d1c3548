package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.batch.ExitCode;

/** The command line as a whole: help, unknown commands and usage errors, which never show a stack trace. */
class CommandLineTest {
	@TempDir
	Path cwd;

	@ParameterizedTest
	@ValueSource(strings = { "help", "--help", "-h" })
	void helpListsEveryCommand(String word) {
		assertCommandList(CommandRun.in(cwd, word));
	}

	@Test
	void noArgumentsListEveryCommand() {
		assertCommandList(CommandRun.in(cwd));
	}

	private static void assertCommandList(CommandRun run) {
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		for (String command : new String[] { "validate", "convert", "new", "templates", "help" }) {
			assertTrue(run.out().contains("\n  " + command + " "), () -> command + " missing in\n" + run.out());
		}
		assertEquals("", run.err());
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "convert", "new", "templates" })
	void everyCommandExplainsItself(String command) {
		CommandRun run = CommandRun.in(cwd, command, "--help");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().startsWith("Usage: wearline " + command), run.out());
		assertTrue(run.out().contains("--help"), run.out());
		assertEquals(CommandRun.in(cwd, "help", command).out(), run.out());
	}

	@Test
	void unknownCommandIsAUsageError() {
		CommandRun run = CommandRun.in(cwd, "simulate", "x.machine");
		assertEquals(ExitCode.USAGE, run.exit());
		assertTrue(run.err().startsWith("wearline: unknown command 'simulate'\n"), run.err());
		assertTrue(run.err().contains("  validate "), run.err());
		assertEquals("", run.out());
	}

	@Test
	void unknownOptionIsAUsageErrorWithoutStackTrace() {
		CommandRun run = CommandRun.in(cwd, "validate", "--strict", "x.machine");
		assertUsageError(run, "wearline validate: unknown option --strict (validate knows --json, --help)");
	}

	@Test
	void missingOperandsAndOptionsAreUsageErrors() {
		assertUsageError(CommandRun.in(cwd, "validate"), "wearline validate: missing <file or folder>...");
		assertUsageError(CommandRun.in(cwd, "convert", "a.machine"), "wearline convert: missing option --to FORMAT");
		assertUsageError(CommandRun.in(cwd, "new", "--template", "motor"),
				"wearline new: missing option --id MACHINE_ID");
		assertUsageError(CommandRun.in(cwd, "templates", "motor"), "wearline templates: unexpected argument motor");
	}

	@Test
	void pathThatDoesNotExistIsNamed() {
		assertUsageError(CommandRun.in(cwd, "validate", "profiles/missing.machine"),
				"wearline validate: no such file or folder: profiles/missing.machine");
		assertUsageError(CommandRun.in(cwd, "convert", "gone.json", "--to", "yaml"),
				"wearline convert: no such file: gone.json");
	}

	@Test
	void invalidMachineIdSaysThePattern() {
		assertUsageError(CommandRun.in(cwd, "new", "--template", "motor", "--id", "Motor-1"),
				"wearline new: 'Motor-1' is not a machine id: it must match [a-z][a-z0-9_]{0,63}"
						+ " (a lower-case letter, then up to 63 lower-case letters, digits or _)");
	}

	static void assertUsageError(CommandRun run, String firstLine) {
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		String[] lines = run.err().split("\n");
		assertEquals(firstLine, lines[0], run::toString);
		assertTrue(lines[1].startsWith("Usage: wearline "), run::toString);
		assertFalse(run.err().contains("\tat "), () -> "stack trace in\n" + run.err());
		assertFalse(run.err().contains("Exception"), () -> "exception in\n" + run.err());
	}
}
