package io.wearline.batch.command;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a Job to its end from a command: schedules it and waits. Ctrl-C (the JVM's shutdown) cancels it and waits a
 * few seconds, so that it records how it ended and leaves its previous files as they were.
 */
final class JobRun {

	/** How long a shutdown waits for a cancelled Job to record its end. */
	static final long SHUTDOWN_WAIT_MILLIS = 5_000;

	private JobRun() {
	}

	/** Runs the Job and returns its result; an interrupted wait cancels it. */
	static IStatus run(Job job) {
		Thread onShutdown = new Thread(() -> {
			job.cancel();
			try {
				job.join(SHUTDOWN_WAIT_MILLIS, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "cancel " + job.getName());
		Runtime.getRuntime().addShutdownHook(onShutdown);
		try {
			job.schedule();
			while (true) {
				try {
					job.join();
					return job.getResult();
				} catch (InterruptedException e) {
					job.cancel();
				}
			}
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(onShutdown);
			} catch (IllegalStateException e) {
				// the JVM is shutting down already: the hook runs, nothing to remove
			}
		}
	}
}
