package io.wearline.batch;

/**
 * One command of {@code wearline <command>}: {@code validate}, {@code convert}, {@code new}, {@code templates}, {@code seed}, {@code inspect},
 * {@code train}, {@code generate}, {@code score}, {@code validate-all}.
 * A command prints its results on {@link Console#out()} and what went wrong on {@link Console#err()}; it never
 * exits the process and never shows a stack trace to the user.
 */
public interface Command {

	/** How the command is written; its {@link Syntax#command()} is the command's name. */
	Syntax syntax();

	/** One line on what the command does, for the list of commands. */
	String summary();

	/** The text of {@code wearline <command> --help} after the usage line: what it does, in a few lines. */
	String description();

	/**
	 * Runs the command.
	 *
	 * @param arguments the parsed command line (never a request for help: that is answered before)
	 * @param console where to read paths against and print to
	 * @return how the command ended
	 * @throws UsageException when the arguments parse but cannot be used (a file that does not exist, an unknown
	 *         format); the caller prints it with the usage and returns {@link ExitCode#USAGE}
	 */
	ExitCode run(Arguments arguments, Console console) throws UsageException;
}
