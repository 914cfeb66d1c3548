package io.wearline.batch;

/**
 * The process exit codes of {@code wearline <command>}, the contract with scripts and CI jobs that call it.
 */
public enum ExitCode {
	/** The command did what was asked; every profile is valid (warnings allowed). */
	OK(0),
	/**
	 * The command ran but the input was refused: an invalid profile, a file that cannot be read or written, a
	 * machine that exists already, or input too large for the memory Java was given.
	 */
	FAILED(1),
	/**
	 * The command line is wrong: an unknown command or option, a missing argument, a path that does not exist,
	 * an unknown template or format. Nothing was read or written.
	 */
	USAGE(2),
	/** Wearline itself failed (a bug); the message on stderr says what to report. */
	INTERNAL_ERROR(3);

	private final int value;

	ExitCode(int value) {
		this.value = value;
	}

	/** The number the process exits with. */
	public int value() {
		return value;
	}
}
