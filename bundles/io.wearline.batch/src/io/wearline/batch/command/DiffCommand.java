package io.wearline.batch.command;

import java.io.IOException;
import java.io.PrintStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileChange;
import io.wearline.core.ProfileComparison;
import io.wearline.core.ProfileHistory;

/**
 * {@code wearline diff <machine> <version> [<version>]}: what changed between two versions of a machine's profile,
 * element by element, then as a unified diff of the texts.
 */
public final class DiffCommand extends MachineCommand {

	public DiffCommand() {
		super(new Syntax("diff", MACHINE + " <version> [<version>]", 2, 3));
	}

	@Override
	public String summary() {
		return "compare two versions of a machine's profile";
	}

	@Override
	public String description() {
		return """
				Compares two kept versions of a machine's profile ('wearline history' lists them): first element
				by element (sensors, parameters, regimes, degradation, life, failure modes, dataset, training), in
				the words of the profile language, then the texts as a unified diff. Without a second version the
				first is compared with the profile as it is now. Exit code 1 for a version that is not kept.
				""";
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console)
			throws IOException, UsageException {
		int from = number(arguments.operands().get(1), "a version");
		ProfileHistory history = new ProfileHistory(machine);
		String oldText = history.text(from);
		String newText;
		String newName;
		if (arguments.operands().size() > 2) {
			int to = number(arguments.operands().get(2), "a version");
			newText = history.text(to);
			newName = machine.id() + " version " + to;
		} else {
			newText = store.profileText(machine);
			newName = machine.id() + " now";
		}
		String oldName = machine.id() + " version " + from;
		ProfileComparison comparison = ProfileComparison.of(oldText, newText, oldName, newName);
		if (arguments.has(JSON)) {
			ObjectNode document = object().put("machine", machine.id()).put("from", oldName).put("to", newName)
					.put("summary", comparison.summary());
			ArrayNode changes = document.putArray("changes");
			for (ProfileChange change : comparison.changes()) {
				changes.addObject().put("element", change.element()).put("change", change.change());
			}
			document.put("textDiff", comparison.textDiff());
			print(document, console);
			return ExitCode.OK;
		}
		PrintStream out = console.out();
		out.println("From " + oldName + " to " + newName + ": " + comparison.summary());
		for (ProfileChange change : comparison.changes()) {
			out.println("  " + change);
		}
		if (!comparison.textDiff().isEmpty()) {
			out.println();
			out.print(comparison.textDiff());
		}
		return ExitCode.OK;
	}
}
