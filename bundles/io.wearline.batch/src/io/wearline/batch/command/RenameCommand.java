package io.wearline.batch.command;

import java.io.IOException;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;

/**
 * {@code wearline rename <machine> <new-id>} and {@code wearline duplicate <machine> <new-id>}: the two commands
 * that make a machine of another id from one, differing only in what the store does.
 */
public final class RenameCommand extends MachineCommand {
	private final boolean duplicate;

	private RenameCommand(boolean duplicate) {
		super(new Syntax(duplicate ? "duplicate" : "rename", MACHINE + " <new id>", 2, 2));
		this.duplicate = duplicate;
	}

	/** {@code wearline rename}. */
	public static RenameCommand rename() {
		return new RenameCommand(false);
	}

	/** {@code wearline duplicate}. */
	public static RenameCommand duplicate() {
		return new RenameCommand(true);
	}

	@Override
	public String summary() {
		return duplicate ? "make a new machine from a machine's profile and seed data"
				: "give a machine a new id (its folder and its profile's id)";
	}

	@Override
	public String description() {
		return duplicate ? """
				Makes a new machine of the new id from a machine: its profile, with the new id, and its seed
				data. The model, runs, datasets, reports, last outcome and profile history stay with the original;
				the copy's history starts with a version that names the original and its version. Exit code 1
				when a machine of the new id exists or another process works on the machine, 2 for an invalid id.
				""" : """
				Renames a machine: its folder and the id in its profile (a new version of the profile; comments
				and layout stay). Its history, seed data, model, runs, datasets and reports move with it. Exit
				code 1 when a machine of the new id exists or another process works on the machine, 2 for an
				invalid id.
				""";
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console)
			throws IOException, UsageException {
		String newId = arguments.operands().get(1);
		if (!MachineStore.isValidId(newId)) {
			throw new UsageException("'" + newId + "' is not a machine id: it must match " + NewCommand.MACHINE_ID);
		}
		Machine made = duplicate ? store.duplicate(machine, newId) : store.rename(machine, newId);
		String verb = duplicate ? "duplicated" : "renamed";
		if (arguments.has(JSON)) {
			print(object().put("machine", machine.id()).put("action", verb).put("newId", newId)
					.put("folder", made.folder().toString()), console);
		} else {
			console.out().println(verb + " machine " + machine.id() + (duplicate ? " as " : " to ") + newId + " ("
					+ made.folder() + ")");
		}
		return ExitCode.OK;
	}
}
