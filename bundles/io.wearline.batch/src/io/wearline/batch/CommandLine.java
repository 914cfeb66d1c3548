package io.wearline.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wearline.batch.bench.QualityBenchmarkCommand;
import io.wearline.batch.bench.SeedBenchmarkCommand;
import io.wearline.batch.bench.TvaeBenchmarkCommand;
import io.wearline.batch.bench.ValidateBenchmark;
import io.wearline.batch.command.BuildCommand;
import io.wearline.batch.command.ConvertCommand;
import io.wearline.batch.command.DeleteCommand;
import io.wearline.batch.command.DiffCommand;
import io.wearline.batch.command.HistoryCommand;
import io.wearline.batch.command.ImportCommand;
import io.wearline.batch.command.MachinesCommand;
import io.wearline.batch.command.RenameCommand;
import io.wearline.batch.command.RestoreCommand;
import io.wearline.batch.command.StatusCommand;
import io.wearline.batch.command.GenerateCommand;
import io.wearline.batch.command.InspectCommand;
import io.wearline.batch.command.SeedCommand;
import io.wearline.batch.command.NewCommand;
import io.wearline.batch.command.ScoreCommand;
import io.wearline.batch.command.TemplatesCommand;
import io.wearline.batch.command.TrainCommand;
import io.wearline.batch.command.ValidateAllCommand;
import io.wearline.batch.command.ValidateCommand;

/**
 * The whole command line, {@code wearline <command> [arguments]}: picks the command, parses its arguments, answers
 * {@code --help}, and turns every failure into a message and an {@link ExitCode}. It is what the headless
 * application runs and what the tests call in-process.
 */
public final class CommandLine {
	/** Set (to anything) to see the stack trace of an internal error. */
	public static final String DEBUG_VARIABLE = "WEARLINE_DEBUG";

	private final Map<String, Command> commands = new LinkedHashMap<>();

	/** The command line with Wearline's commands. */
	public CommandLine() {
		this(List.of(new ValidateCommand(), new ConvertCommand(), new NewCommand(), new TemplatesCommand(),
				new SeedCommand(), new InspectCommand(), new TrainCommand(), new GenerateCommand(), new BuildCommand(),
				new ScoreCommand(),
				new ValidateAllCommand(), new MachinesCommand(), new StatusCommand(), new ImportCommand(),
				new DeleteCommand(), RenameCommand.rename(), RenameCommand.duplicate(), new HistoryCommand(),
				new DiffCommand(), new RestoreCommand(), new ValidateBenchmark(), new SeedBenchmarkCommand(),
				new QualityBenchmarkCommand(), new TvaeBenchmarkCommand()));
	}

	/** A command line with the given commands, in the order {@code help} lists them. */
	public CommandLine(List<Command> commands) {
		for (Command command : commands) {
			this.commands.put(command.syntax().command(), command);
		}
	}

	/** Runs {@code wearline <words>}. Never throws: every failure becomes a message on stderr and an exit code. */
	public ExitCode run(List<String> words, Console console) {
		if (words.isEmpty() || isHelp(words.get(0))) {
			return help(words.size() > 1 ? words.get(1) : null, console);
		}
		Command command = commands.get(words.get(0));
		if (command == null) {
			console.err().println("wearline: unknown command '" + words.get(0) + "'");
			console.err().print(commandList());
			return ExitCode.USAGE;
		}
		return run(command, words.subList(1, words.size()), console);
	}

	private ExitCode run(Command command, List<String> words, Console console) {
		String name = command.syntax().command();
		try {
			Arguments arguments = command.syntax().parse(words);
			if (arguments.helpRequested()) {
				console.out().print(help(command));
				return ExitCode.OK;
			}
			return command.run(arguments, console);
		} catch (UsageException e) {
			console.err().println("wearline " + name + ": " + e.getMessage());
			console.err().println(command.syntax().usageLine());
			console.err().println("Run 'wearline " + name + " --help' for more.");
			return ExitCode.USAGE;
		} catch (Throwable e) {
			// Errors too: one that escapes the application ends the process with exit 0 and no word
			return new UnexpectedFailure(name, words, e).report(console);
		}
	}

	private ExitCode help(String commandName, Console console) {
		if (commandName == null) {
			console.out().print(commandList());
			return ExitCode.OK;
		}
		Command command = commands.get(commandName);
		if (command == null) {
			console.err().println("wearline help: unknown command '" + commandName + "'");
			console.err().print(commandList());
			return ExitCode.USAGE;
		}
		console.out().print(help(command));
		return ExitCode.OK;
	}

	private static boolean isHelp(String word) {
		return word.equals("help") || word.equals("--help") || word.equals("-h");
	}

	private static String help(Command command) {
		String nl = System.lineSeparator();
		Syntax syntax = command.syntax();
		return syntax.usageLine() + nl + nl + command.description().strip() + nl + nl + "Options:" + nl
				+ syntax.optionTable();
	}

	/** The list of commands that {@code wearline help} prints. */
	public String commandList() {
		String nl = System.lineSeparator();
		StringBuilder text = new StringBuilder("Usage: wearline <command> [arguments]").append(nl).append(nl)
				.append("Commands:").append(nl);
		int width = "help [command]".length();
		for (String name : commands.keySet()) {
			width = Math.max(width, name.length());
		}
		for (Command command : commands.values()) {
			String name = command.syntax().command();
			text.append("  ").append(name).append(" ".repeat(width - name.length())).append("  ")
					.append(command.summary()).append(nl);
		}
		text.append("  help [command]").append(" ".repeat(width - "help [command]".length()))
				.append("  list the commands, or explain one").append(nl).append(nl)
				.append("Run 'wearline <command> --help' for a command's arguments.").append(nl)
				.append("Exit codes: 0 done, 1 refused (invalid profile, unreadable file), 2 wrong command line, "
						+ "3 internal error.")
				.append(nl);
		return text.toString();
	}
}
