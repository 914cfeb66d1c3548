package io.wearline.batch.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.wearline.batch.CommandLine;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;

/**
 * One in-process run of {@code wearline <words>} in a working directory, with what it printed.
 *
 * @param exit the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CommandRun(ExitCode exit, String out, String err) {

	static CommandRun in(Path workingDirectory, String... words) {
		return in(workingDirectory, Map.of(), words);
	}

	static CommandRun in(Path workingDirectory, Map<String, String> environment, String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			Console console = new Console(workingDirectory, environment, outStream, errStream);
			ExitCode exit = new CommandLine().run(List.of(words), console);
			return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	/** The lines of stdout. */
	List<String> outLines() {
		return out.lines().toList();
	}

	@Override
	public String toString() {
		return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
	}
}
