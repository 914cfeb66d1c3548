package io.wearline.batch;

/**
 * A command line that cannot be run as written. The message says what is wrong and what to write instead; it
 * is printed with the command's usage and the process exits with {@link ExitCode#USAGE}.
 */
public final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	/** A usage error with a message for the user (no stack trace is ever shown). */
	public UsageException(String message) {
		super(message);
	}
}
