package io.wearline.batch.command;

import java.io.IOException;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;

/** {@code wearline delete <machine> --yes}: removes a machine's folder with everything in it. */
public final class DeleteCommand extends MachineCommand {
	private static final String YES = "--yes";

	public DeleteCommand() {
		super(new Syntax("delete", MACHINE, 1, 1).flag(YES, "confirm: delete the machine and all its files"));
	}

	@Override
	public String summary() {
		return "delete a machine and all its files (needs --yes)";
	}

	@Override
	public String description() {
		return """
				Deletes a machine's folder with everything in it: profile, history, seed data, model, runs,
				datasets and reports. Nothing is deleted without --yes (exit code 2). Refused with exit code 1
				while another process works on the machine.
				""";
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console)
			throws IOException, UsageException {
		if (!arguments.has(YES)) {
			throw new UsageException("deleting machine " + machine.id() + " removes " + machine.folder()
					+ " with all its files; add " + YES + " to delete it");
		}
		store.delete(machine);
		if (arguments.has(JSON)) {
			print(object().put("machine", machine.id()).put("action", "deleted")
					.put("folder", machine.folder().toString()), console);
		} else {
			console.out().println("deleted machine " + machine.id() + " (" + machine.folder() + ")");
		}
		return ExitCode.OK;
	}
}
