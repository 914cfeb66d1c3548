package io.wearline.batch;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import io.wearline.data.InputText;

/**
 * A command that ended by a {@link Throwable} nobody expected: memory that ran out is the input's size, told with
 * how to give Java more; anything else is a bug in Wearline, written with its stack trace into the platform's log
 * (the user's state folder, see {@code wearline-launch}) and told with where that log is. Commands that run a
 * Job hand the exception of its error status here too: the Job's worker thread caught it. Either way one
 * message and a non-zero exit code, never a silent exit 0.
 *
 * @param command the command's name
 * @param words its arguments, quoted back in the advice
 * @param cause what ended it
 */
public record UnexpectedFailure(String command, List<String> words, Throwable cause) {

	/** The variable the {@code wearline} script reads the JVM's options from. */
	static final String VMARGS_VARIABLE = "WEARLINE_VMARGS";

	/** Prints the message and returns the exit code: {@link ExitCode#FAILED} for memory, else internal error. */
	public ExitCode report(Console console) {
		PrintStream err = console.err();
		if (cause instanceof OutOfMemoryError) {
			err.println("wearline " + command + ": memory ran out while running '" + InputText.escaped(commandLine())
					+ "' (" + InputText.escaped(String.valueOf(cause.getMessage())) + "). Give Java more memory, for "
					+ "example " + VMARGS_VARIABLE + "=-Xmx8g ./wearline " + command + " ... (now " + maxMemory()
					+ "), or ask for less: fewer units or rows, or a smaller table.");
			return ExitCode.FAILED;
		}
		err.println("wearline " + command + ": internal error: " + InputText.escaped(String.valueOf(cause)));
		String log = logged();
		if (console.environment().containsKey(CommandLine.DEBUG_VARIABLE)) {
			cause.printStackTrace(err);
		} else {
			err.println("This is a bug in Wearline. " + (log == null ? "" : "Its stack trace is in " + log + "; ")
					+ "report it with the command line (run again with " + CommandLine.DEBUG_VARIABLE
					+ "=1 to see the stack trace here).");
		}
		return ExitCode.INTERNAL_ERROR;
	}

	/** Writes the failure into the platform's log; its file, or null when there is none (outside OSGi). */
	private String logged() {
		try {
			Platform.getLog(UnexpectedFailure.class).log(Status.error("wearline " + commandLine() + ": internal "
					+ "error", cause));
			IPath file = Platform.getLogFileLocation();
			return file == null ? null : file.toOSString();
		} catch (RuntimeException | LinkageError e) {
			// no platform to log into: the message on stderr is all there is
			return null;
		}
	}

	private String commandLine() {
		return words.isEmpty() ? command : command + " " + String.join(" ", words);
	}

	private static String maxMemory() {
		long max = Runtime.getRuntime().maxMemory();
		return max == Long.MAX_VALUE ? "no limit" : "-Xmx" + (max >> 20) + "m";
	}
}
