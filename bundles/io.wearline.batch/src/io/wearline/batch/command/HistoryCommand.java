package io.wearline.batch.command;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileHistory;
import io.wearline.core.ProfileVersion;

/** {@code wearline history <machine> [--json]}: the kept versions of a machine's profile. */
public final class HistoryCommand extends MachineCommand {

	public HistoryCommand() {
		super(new Syntax("history", MACHINE, 1, 1));
	}

	@Override
	public String summary() {
		return "list the kept versions of a machine's profile";
	}

	@Override
	public String description() {
		return """
				Lists the versions of a machine's profile that Wearline keeps in <machine>/history/: number, time,
				operating-system user and what changed, element by element. Every save through Wearline (import,
				build of a profile file, restore, rename, the workbench) is a version; a profile.machine edited
				outside Wearline is recorded as 'changed outside Wearline' at the next access. The last %d versions
				are kept (system property %s, e.g. WEARLINE_VMARGS=-D%s=500). 'wearline diff' compares two
				versions, 'wearline restore' brings one back.
				""".formatted(ProfileHistory.DEFAULT_LIMIT, ProfileHistory.LIMIT_PROPERTY,
				ProfileHistory.LIMIT_PROPERTY);
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console) throws IOException {
		List<ProfileVersion> versions = store.history(machine);
		if (arguments.has(JSON)) {
			ObjectNode document = object().put("machine", machine.id()).put("kept", ProfileHistory.limit());
			ArrayNode list = document.putArray("versions");
			for (ProfileVersion version : versions) {
				list.addObject().put("number", version.number()).put("time", version.time().toString())
						.put("user", version.user()).put("summary", version.summary());
			}
			print(document, console);
			return ExitCode.OK;
		}
		TextTable rows = TextTable.withHeadings("VERSION", "TIME", "USER", "CHANGE").leftAligned(0, 1, 2, 3);
		for (ProfileVersion version : versions) {
			rows.add(Integer.toString(version.number()), TextTable.time(version.time()), version.user(),
					version.summary());
		}
		console.out().print(rows.text());
		console.out().println("(the last " + ProfileHistory.limit() + " versions are kept; system property "
				+ ProfileHistory.LIMIT_PROPERTY + ")");
		return ExitCode.OK;
	}
}
