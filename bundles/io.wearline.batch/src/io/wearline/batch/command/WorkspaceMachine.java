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
 * The machine a command's operand names: its folder, or its id in the workspace ({@code --workspace}, else the
 * default one).
 */
final class WorkspaceMachine {

	private WorkspaceMachine() {
	}

	/**
	 * The machine of the first operand; empty after a message on stderr when the workspace has none of that id.
	 *
	 * @throws UsageException when the operand is neither a machine id nor a machine's folder
	 */
	static Optional<Machine> find(Arguments arguments, Console console, String command) throws UsageException {
		return find(arguments.operands().get(0), arguments, console, command);
	}

	/**
	 * The machine an operand names: a machine's folder (a folder holding a {@code profile.machine}, any path), else
	 * a machine id of the workspace ({@code --workspace}, else the default one); empty after a message on stderr
	 * when the workspace has no machine of that id.
	 *
	 * @throws UsageException when the operand is neither a machine id nor a machine's folder
	 */
	static Optional<Machine> find(String operand, Arguments arguments, Console console, String command)
			throws UsageException {
		Path folder = console.resolve(operand);
		if (Files.isRegularFile(folder.resolve(Machine.PROFILE_FILE))) {
			return Optional.of(new Machine(folder.getFileName().toString(), folder));
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
