package io.wearline.batch.command;

import java.io.IOException;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileVersion;

/** {@code wearline restore <machine> <version>}: makes a kept version the machine's profile again. */
public final class RestoreCommand extends MachineCommand {

	public RestoreCommand() {
		super(new Syntax("restore", MACHINE + " <version>", 2, 2));
	}

	@Override
	public String summary() {
		return "make a kept version of a machine's profile its profile again";
	}

	@Override
	public String description() {
		return """
				Makes a kept version of a machine's profile ('wearline history' lists them) its profile again, to
				the character. The restore is itself a new version, so nothing is ever lost: the profile it
				replaces stays in the history. Exit code 1 for a version that is not kept or a machine another
				process works on.
				""";
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console)
			throws IOException, UsageException {
		int number = number(arguments.operands().get(1), "a version");
		ProfileVersion version = store.restore(machine, number);
		if (arguments.has(JSON)) {
			print(object().put("machine", machine.id()).put("restored", number).put("version", version.number())
					.put("summary", version.summary()), console);
		} else {
			console.out().println("restored version " + number + " of machine " + machine.id() + " as version "
					+ version.number() + " (" + version.summary() + ")");
		}
		return ExitCode.OK;
	}
}
