package io.wearline.batch.command;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command on stderr, one line per tenth of the work, so that a run of minutes shows it is
 * alive without flooding a log. Cancellation is never requested here: Ctrl-C ends the process.
 */
final class TenthsMonitor extends NullProgressMonitor {
	private final PrintStream err;
	private String task = "";
	private int total;
	private long done;
	private int tenthsShown;

	TenthsMonitor(PrintStream err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		done = 0;
		tenthsShown = 0;
	}

	@Override
	public void worked(int work) {
		if (total <= 0 || total == UNKNOWN) {
			return;
		}
		done += work;
		int tenths = (int) Math.min(10, done * 10 / total);
		if (tenths > tenthsShown) {
			tenthsShown = tenths;
			err.println(task + ": " + tenths * 10 + "%");
		}
	}

	/** Shows 100% once the work is done, should the last tenth have been lost to rounding. */
	@Override
	public void done() {
		if (total > 0 && total != UNKNOWN && tenthsShown < 10) {
			tenthsShown = 10;
			err.println(task + ": 100%");
		}
	}

	@Override
	public void internalWorked(double work) {
		// SubMonitor reports through worked(int) on the root monitor; fractions are rounded there
	}
}
