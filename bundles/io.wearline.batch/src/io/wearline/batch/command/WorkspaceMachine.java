package io.wearline.batch.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;

/**
 * The machine a command's operand names: a machine folder (one holding a {@code profile.machine}), else a machine
 * id of the workspace ({@code --workspace}, else the default one). Every command that takes a machine resolves it
 * here, so each takes both forms.
 */
final class WorkspaceMachine {

	private WorkspaceMachine() {
	}

	/** The machine whose folder the operand names, if it names one. */
	static Optional<Machine> folder(String operand, Console console) throws UsageException {
		Path folder = console.resolve(operand);
		if (Files.isRegularFile(folder.resolve(Machine.PROFILE_FILE))) {
			Path absolute = folder.toAbsolutePath().normalize();
			return Optional.of(new Machine(absolute.getFileName().toString(), absolute));
		}
		return Optional.empty();
	}

	/**
	 * The machine of the first operand; empty after a message on stderr when the workspace has none of that id.
	 *
	 * @throws UsageException when the operand is neither a machine folder nor a machine id
	 */
	static Optional<Machine> find(Arguments arguments, Console console, String command) throws UsageException {
		return find(arguments.operands().get(0), arguments, console, command);
	}

	/**
	 * The machine an operand names: a machine's folder (any path), else a machine id of the workspace; empty after a
	 * message on stderr when the workspace has no machine of that id.
	 *
	 * @throws UsageException when the operand is neither a machine folder nor a machine id
	 */
	static Optional<Machine> find(String operand, Arguments arguments, Console console, String command)
			throws UsageException {
		Optional<Machine> folder = folder(operand, console);
		if (folder.isPresent()) {
			return folder;
		}
		if (!MachineStore.isValidId(operand)) {
			throw new UsageException("'" + operand + "' is not a machine id (" + NewCommand.MACHINE_ID + ")");
		}
		Path workspace = NewCommand.workspace(arguments, console);
		Optional<Machine> machine = new MachineStore(workspace).find(operand);
		if (machine.isEmpty()) {
			console.err().println("wearline " + command + ": no machine '" + operand + "' in the workspace "
					+ workspace + "; create it with 'wearline new' or name another --workspace");
		}
		return machine;
	}

	/** The store a machine belongs to: the workspace that holds its folder. */
	static MachineStore storeOf(Machine machine) {
		return new MachineStore(machine.folder().toAbsolutePath().normalize().getParent());
	}
}
