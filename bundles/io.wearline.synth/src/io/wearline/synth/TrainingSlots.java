package io.wearline.synth;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * How many trainings run at once in this JVM: each {@link TrainingJob} takes a slot before it trains and gives it
 * back after; when every slot is taken the Job waits, showing so in its progress, and a cancel ends the wait.
 * (Scheduling rules can keep two Jobs apart, not let {@code n} of them through, so the count is kept here; the
 * machine's own {@link io.wearline.core.MachineRule} keeps two trainings of one machine apart.) The default is one slot per two
 * processor cores, at least one.
 */
public final class TrainingSlots {

	private static final TrainingSlots SHARED = new TrainingSlots(defaultLimit());

	private int limit;
	private int taken;

	/**
	 * Slots of their own, for tests and hosts that keep several pools.
	 *
	 * @param limit the trainings at once, at least 1
	 */
	public TrainingSlots(int limit) {
		setLimit(limit);
	}

	/** The slots of this JVM, which every {@link TrainingJob} uses unless given others. */
	public static TrainingSlots shared() {
		return SHARED;
	}

	/** One slot per two cores, at least one. */
	public static int defaultLimit() {
		return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	/** The trainings allowed at once. */
	public synchronized int limit() {
		return limit;
	}

	/**
	 * Changes the number of trainings allowed at once; trainings running beyond a lowered limit finish, new ones
	 * wait.
	 */
	public synchronized void setLimit(int newLimit) {
		if (newLimit < 1) {
			throw new IllegalArgumentException("at least one training must be allowed at once, not " + newLimit);
		}
		limit = newLimit;
		notifyAll();
	}

	/** The slots taken now. */
	public synchronized int taken() {
		return taken;
	}

	/**
	 * Takes a slot, waiting for one while every slot is taken; asks the monitor to cancel about ten times a second.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled while waiting
	 */
	public synchronized void acquire(IProgressMonitor monitor) {
		while (taken >= limit) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				wait(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException("interrupted while waiting for a training slot");
			}
		}
		taken++;
	}

	/** Gives a slot back. */
	public synchronized void release() {
		if (taken == 0) {
			throw new IllegalStateException("no training slot is taken");
		}
		taken--;
		notifyAll();
	}
}
