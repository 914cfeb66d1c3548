package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.CommandLine;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;

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
		assertUsageError(run, "wearline validate: unknown option --strict (validate knows --json, --verbose, --help)");
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

	@Test
	void internalErrorIsOneMessageUnlessDebugging() {
		CommandLine commandLine = commandLineOf("fail", () -> {
			throw new IllegalStateException("broken on purpose");
		});
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		Console console = new Console(cwd, Map.of(), System.out, errStream);
		assertEquals(ExitCode.INTERNAL_ERROR, commandLine.run(List.of("fail"), console));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.startsWith("wearline fail: internal error: java.lang.IllegalStateException: broken on purpose\n"),
				message);
		assertFalse(message.contains("\tat "), message);

		err.reset();
		Console debugging = new Console(cwd, Map.of(CommandLine.DEBUG_VARIABLE, "1"), System.out, errStream);
		assertEquals(ExitCode.INTERNAL_ERROR, commandLine.run(List.of("fail"), debugging));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat "), err::toString);
	}

	@Test
	void memoryThatRunsOutIsAMessageWithAdviceAndExitOne() {
		// a real OutOfMemoryError: an array larger than any heap the tests run with
		CommandRun run = runFailing("hungry", () -> new long[Integer.MAX_VALUE - 16].length);
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		assertTrue(run.err().startsWith("wearline hungry: memory ran out while running 'hungry --units 3' "),
				run::toString);
		assertTrue(run.err().contains("WEARLINE_VMARGS=-Xmx"), run::toString);
		assertFalse(run.err().contains("\tat "), run::toString);
	}

	@Test
	void anErrorThatIsNotMemoryIsAnInternalErrorWithExitThree() {
		CommandRun run = runFailing("deep", () -> {
			throw new StackOverflowError("deep\u001b[2J");
		});
		assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run::toString);
		assertTrue(run.err().startsWith("wearline deep: internal error: java.lang.StackOverflowError: deep\\e[2J\n"),
				run::toString);
		assertTrue(run.err().contains("Its stack trace is in " + org.eclipse.core.runtime.Platform
				.getLogFileLocation().toOSString() + "; "), run::toString);
	}

	/** Runs {@code <name> --units 3} of a command line whose one command does {@code work}. */
	private CommandRun runFailing(String name, IntSupplier work) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(cwd, Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
		ExitCode exit = commandLineOf(name, work).run(List.of(name, "--units", "3"), console);
		return new CommandRun(exit, "", err.toString(StandardCharsets.UTF_8));
	}

	/** A command line whose one command, {@code name [--units U]}, does {@code work}. */
	private static CommandLine commandLineOf(String name, IntSupplier work) {
		return new CommandLine(List.of(new Command() {
			@Override
			public Syntax syntax() {
				return new Syntax(name, "", 0, 0).option("--units", "U", false, "units");
			}

			@Override
			public String summary() {
				return "fails";
			}

			@Override
			public String description() {
				return "Fails.";
			}

			@Override
			public ExitCode run(Arguments arguments, Console console) {
				return work.getAsInt() > 0 ? ExitCode.OK : ExitCode.FAILED;
			}
		}));
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
