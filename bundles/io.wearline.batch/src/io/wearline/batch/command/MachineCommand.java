package io.wearline.batch.command;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;

/**
 * A command on one machine of the store ({@code status}, {@code delete}, {@code rename}, {@code duplicate},
 * {@code history}, {@code diff}, {@code restore}): its first operand is the machine's id or folder, and what the
 * store refuses (a busy machine, a file that cannot be written) becomes one line on stderr and exit code 1.
 */
abstract class MachineCommand implements Command {
	/** The flag of every command here that prints. */
	static final String JSON = "--json";
	/** How the first operand is written in usage lines. */
	static final String MACHINE = "<machine id or folder>";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final Syntax syntax;

	MachineCommand(Syntax syntax) {
		this.syntax = syntax.workspaceOption()
				.flag(JSON, "print one JSON document instead of text");
	}

	@Override
	public final Syntax syntax() {
		return syntax;
	}

	@Override
	public final ExitCode run(Arguments arguments, Console console) throws UsageException {
		String name = syntax.command();
		Optional<Machine> machine = WorkspaceMachine.find(arguments, console, name);
		if (machine.isEmpty()) {
			return ExitCode.FAILED;
		}
		try {
			return run(machine.get(), WorkspaceMachine.storeOf(machine.get()), arguments, console);
		} catch (IOException | IllegalArgumentException e) {
			// a busy machine's message names its holder; the others name the file and what to do
			console.err().println("wearline " + name + ": " + message(e));
			return ExitCode.FAILED;
		}
	}

	/** Does the command's work on the machine of the first operand. */
	abstract ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console)
			throws IOException, UsageException;

	/** Prints a JSON document on stdout. */
	static void print(JsonNode document, Console console) {
		try {
			console.out().println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
		} catch (JsonProcessingException e) {
			throw new java.io.UncheckedIOException("a JSON tree could not be written as text", e);
		}
	}

	/** A new JSON object for {@link #print}. */
	static com.fasterxml.jackson.databind.node.ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/** The message of a refusal: an exception's own message when it has one that says more than a path. */
	static String message(Exception e) {
		String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : null;
		return reason != null ? reason : e.getMessage() != null ? e.getMessage() : e.toString();
	}

	/** A whole-number operand (a version number) from 1 up. */
	static int number(String operand, String what) throws UsageException {
		return Arguments.parseWholeNumber(operand, 1, Integer.MAX_VALUE).map(Long::intValue).orElseThrow(
				() -> new UsageException(what + " must be a whole number from 1, not '" + operand + "'"));
	}
}
