package io.wearline.core;

import java.io.IOException;

/**
 * Another process writes the machine: {@code machine m1 is busy: train started by process 4711 at 14:02}. An
 * {@link IOException}, so every command that reports failed I/O with exit code 1 reports this one too.
 */
public final class MachineBusyException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient LockHolder holder;

	/**
	 * @param machineId the busy machine
	 * @param holder who holds it
	 */
	public MachineBusyException(String machineId, LockHolder holder) {
		super("machine " + machineId + " is busy: " + holder.describe());
		this.holder = holder;
	}

	/** Who holds the machine. */
	public LockHolder holder() {
		return holder;
	}
}
