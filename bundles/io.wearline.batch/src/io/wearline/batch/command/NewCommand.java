package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.MachineTemplate;
import io.wearline.core.TemplateRegistry;
import io.wearline.dsl.validation.Ids;
import io.wearline.model.MachineProfile;

/**
 * {@code wearline new --template ID --id MACHINE_ID [--workspace DIR]}: creates a machine in a workspace from a
 * template. The workspace is {@code --workspace}, else the environment variable {@value #WORKSPACE_VARIABLE},
 * else {@code ./workspace}; relative paths are read from the working directory.
 */
public final class NewCommand implements Command {
	/** The environment variable that names the default workspace. */
	public static final String WORKSPACE_VARIABLE = Syntax.WORKSPACE_VARIABLE;

	/** What a machine id looks like, for messages; {@link MachineStore#isValidId} is the rule. */
	static final String MACHINE_ID = Ids.PATTERN;

	private static final String TEMPLATE = "--template";
	private static final String ID = "--id";
	/** The option that names the workspace; {@link #workspace} reads it. */
	static final String WORKSPACE = Syntax.WORKSPACE;

	private final Syntax syntax = new Syntax("new", "", 0, 0)
			.option(TEMPLATE, "ID", true, "the template to start from ('wearline templates' lists them)")
			.option(ID, "MACHINE_ID", true, "the new machine's id: " + MACHINE_ID)
			.option(WORKSPACE, "DIR", false, "the workspace (default: $" + WORKSPACE_VARIABLE + ", else ./workspace)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "create a machine in a workspace from a template";
	}

	@Override
	public String description() {
		return """
				Creates the folder <workspace>/<machine id>/ with a profile.machine made from a template, and
				prints the profile's path. The workspace is --workspace, else $%s, else ./workspace.
				Exit code 1 when the machine exists already, 2 for an unknown template or an invalid id.
				""".formatted(WORKSPACE_VARIABLE);
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		String templateId = arguments.value(TEMPLATE).orElseThrow();
		String machineId = arguments.value(ID).orElseThrow();
		if (!MachineStore.isValidId(machineId)) {
			throw new UsageException("'" + machineId + "' is not a machine id: it must match " + MACHINE_ID
					+ " (a lower-case letter, then up to 63 lower-case letters, digits or _)");
		}
		MachineTemplate template = TemplateRegistry.get().find(templateId)
				.orElseThrow(() -> new UsageException(unknownTemplate(templateId)));
		Path workspace = workspace(arguments, console);
		try {
			MachineProfile profile = TemplateRegistry.get().instantiate(template, machineId);
			Machine machine = new MachineStore(workspace).create(machineId, profile);
			console.out().println("created " + machine.profileFile());
			return ExitCode.OK;
		} catch (FileAlreadyExistsException e) {
			console.err().println("wearline new: machine '" + machineId + "' exists already in " + workspace
					+ "; choose another --id or remove its folder");
			return ExitCode.FAILED;
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		} catch (IOException e) {
			console.err().println("wearline new: could not create machine '" + machineId + "' in " + workspace + ": " + e);
			return ExitCode.FAILED;
		}
	}

	/**
	 * The workspace a command works in: {@value #WORKSPACE} (which the command's syntax must have), else
	 * {@value #WORKSPACE_VARIABLE}, else {@code ./workspace}.
	 */
	static Path workspace(Arguments arguments, Console console) throws UsageException {
		String named = arguments.value(WORKSPACE).orElse(console.environment().get(WORKSPACE_VARIABLE));
		return console.resolve(named == null || named.isBlank() ? "workspace" : named);
	}

	private static String unknownTemplate(String templateId) {
		List<MachineTemplate> known = TemplateRegistry.get().templates();
		if (known.isEmpty()) {
			return "unknown template '" + templateId + "': no template is installed";
		}
		return "unknown template '" + templateId + "': write one of "
				+ known.stream().map(MachineTemplate::id).collect(Collectors.joining(", "));
	}
}
