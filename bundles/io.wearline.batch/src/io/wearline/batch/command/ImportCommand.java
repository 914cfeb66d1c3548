package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileVersion;
import io.wearline.core.Profiles;

/**
 * {@code wearline import <profile file> [--workspace DIR] [--json]}: brings a profile of any format into the store,
 * as a new machine of its id or as a new version of that machine's profile.
 */
public final class ImportCommand implements Command {
	private final Syntax syntax = new Syntax("import", "<profile file>", 1, 1)
			.workspaceOption()
			.flag(MachineCommand.JSON, "print one JSON document instead of a line");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "bring a profile file (any format) into the workspace as a machine or a new version";
	}

	@Override
	public String description() {
		return """
				Reads a profile file (.machine, .json, .yaml or .xlsx) and validates it. When the workspace has no
				machine of the profile's id, creates it; otherwise saves the profile as the machine's new version
				(the previous one stays in its history, 'wearline history' lists them). The profile is written in
				the profile language. An invalid profile is not imported: its problems are printed as 'wearline
				validate' prints them and the exit code is 1; so is it for a machine another process works on.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		Path file = console.resolve(arguments.operands().get(0));
		if (!Files.isRegularFile(file)) {
			throw new UsageException("'" + arguments.operands().get(0) + "' is not a file");
		}
		LoadedProfile loaded = Profiles.get().load(file);
		for (ProfileProblem problem : loaded.problems()) {
			console.err().println(problem.withSource(arguments.operands().get(0)).format());
		}
		if (loaded.hasErrors() || loaded.profile() == null) {
			console.err().println("wearline import: " + arguments.operands().get(0)
					+ " is not imported; correct the errors above");
			return ExitCode.FAILED;
		}
		MachineStore store = new MachineStore(NewCommand.workspace(arguments, console));
		String id = loaded.profile().getId();
		try {
			Optional<Machine> existing = store.find(id);
			Machine machine = existing.isPresent() ? existing.get() : store.create(id, loaded.profile());
			ProfileVersion version = existing.isPresent() ? store.save(machine, loaded.profile())
					: store.history(machine).get(0);
			String what = existing.isPresent() ? "updated" : "created";
			if (arguments.has(MachineCommand.JSON)) {
				MachineCommand.print(MachineCommand.object().put("machine", id).put("action", what)
						.put("folder", machine.folder().toString()).put("version", version.number())
						.put("summary", version.summary()), console);
			} else {
				console.out().println(what + " machine " + id + " in " + store.root() + " (version "
						+ version.number() + ": " + version.summary() + ")");
			}
			return ExitCode.OK;
		} catch (IOException | IllegalArgumentException e) {
			console.err().println("wearline import: " + MachineCommand.message(e));
			return ExitCode.FAILED;
		}
	}
}
