package io.wearline.batch.command;

import java.io.PrintStream;
import java.util.List;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.core.MachineTemplate;
import io.wearline.core.TemplateRegistry;

/** {@code wearline templates}: a table of the machine templates, for {@code wearline new --template ID}. */
public final class TemplatesCommand implements Command {
	private static final String[] HEADINGS = { "ID", "NAME", "DESCRIPTION" };

	private final Syntax syntax = new Syntax("templates", "", 0, 0);

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "list the machine templates";
	}

	@Override
	public String description() {
		return """
				Lists the machine templates that 'wearline new --template ID' starts from: id, name and
				description, sorted by id. Templates come from every installed bundle that contributes to the
				extension point io.wearline.core.templates.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) {
		List<MachineTemplate> templates = TemplateRegistry.get().templates();
		if (templates.isEmpty()) {
			console.err().println("wearline templates: no template is installed");
			return ExitCode.OK;
		}
		int idWidth = HEADINGS[0].length();
		int nameWidth = HEADINGS[1].length();
		for (MachineTemplate template : templates) {
			idWidth = Math.max(idWidth, text(template.id()).length());
			nameWidth = Math.max(nameWidth, text(template.name()).length());
		}
		PrintStream out = console.out();
		out.println(row(idWidth, nameWidth, HEADINGS[0], HEADINGS[1], HEADINGS[2]));
		for (MachineTemplate template : templates) {
			out.println(row(idWidth, nameWidth, template.id(), template.name(), template.description()));
		}
		return ExitCode.OK;
	}

	private static String row(int idWidth, int nameWidth, String id, String name, String description) {
		return (pad(id, idWidth) + "  " + pad(name, nameWidth) + "  " + text(description)).stripTrailing();
	}

	private static String pad(String value, int width) {
		return text(value) + " ".repeat(Math.max(0, width - text(value).length()));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
