package io.wearline.batch.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.quality.ReportFigures;
import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineStatus;
import io.wearline.core.MachineStore;
import io.wearline.model.MachineProfile;

/** {@code wearline machines [--workspace DIR] [--json]}: every machine of a workspace with its status. */
public final class MachinesCommand implements Command {
	private final Syntax syntax = new Syntax("machines", "", 0, 0)
			.workspaceOption()
			.flag(MachineCommand.JSON, "print one JSON document instead of a table");

	/** One machine's row. */
	private record Row(String id, String name, String type, String status, Double overall, String changed) {
	}

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "list the machines of a workspace with their status";
	}

	@Override
	public String description() {
		return """
				Lists every machine of the workspace: id, name, type, status (profile, seeded, trained, generated,
				scored, or 'failed at STEP' when its last step failed, from its files and outcome.json), the
				overall score of its last quality report, and when its files last changed. A machine another
				process works on is marked busy. Exit code 1 when the workspace cannot be read.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		MachineStore store = new MachineStore(NewCommand.workspace(arguments, console));
		List<Row> rows = new ArrayList<>();
		try {
			for (Machine machine : store.machines()) {
				rows.add(row(store, machine));
			}
		} catch (IOException e) {
			console.err().println("wearline machines: could not read the workspace " + store.root() + ": "
					+ MachineCommand.message(e));
			return ExitCode.FAILED;
		}
		if (arguments.has(MachineCommand.JSON)) {
			ObjectNode document = MachineCommand.object();
			document.put("workspace", store.root().toString());
			ArrayNode machines = document.putArray("machines");
			for (Row row : rows) {
				ObjectNode node = machines.addObject().put("id", row.id()).put("name", row.name())
						.put("type", row.type()).put("status", row.status()).put("lastChange", row.changed());
				node.put("overall", row.overall());
			}
			MachineCommand.print(document, console);
			return ExitCode.OK;
		}
		if (rows.isEmpty()) {
			console.err().println("wearline machines: no machine in " + store.root()
					+ "; create one with 'wearline new' or 'wearline import'");
			return ExitCode.OK;
		}
		TextTable lines = TextTable.withHeadings("ID", "NAME", "TYPE", "STATUS", "OVERALL", "LAST CHANGE")
				.leftAligned(0, 1, 2, 3, 4, 5);
		for (Row row : rows) {
			lines.add(row.id(), row.name(), row.type(), row.status(),
					row.overall() == null ? "-" : String.format(Locale.ROOT, "%.3f", row.overall()),
					row.changed());
		}
		console.out().print(lines.text());
		return ExitCode.OK;
	}

	private static Row row(MachineStore store, Machine machine) throws IOException {
		LoadedProfile loaded = store.load(machine);
		MachineProfile profile = loaded.profile();
		MachineStatus status = store.status(machine);
		String label = status.label() + (status.busy() == null ? "" : " (busy)");
		return new Row(machine.id(), profile == null || profile.getName() == null ? "" : profile.getName(),
				profile == null ? "?" : profile.getType().getLiteral(), label,
				ReportFigures.overall(machine.reportsFolder()).orElse(null),
				MachineFiles.lastChange(machine).map(TextTable::time).orElse("-"));
	}
}
