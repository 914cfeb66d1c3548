package io.wearline.core;

import org.eclipse.core.runtime.IStatus;

/**
 * Something that happened to a machine of a {@link MachineStore}, as its {@link MachineStoreListener}s hear it. The
 * kinds are records, so a listener can {@code switch} over them.
 */
public sealed interface MachineEvent {

	/** The machine the event is about. */
	Machine machine();

	/** A machine appeared in the workspace: created, imported, duplicated, renamed to, or made by another process. */
	record MachineAdded(Machine machine) implements MachineEvent {
	}

	/** A machine left the workspace: deleted, renamed away, or removed by another process. */
	record MachineRemoved(Machine machine) implements MachineEvent {
	}

	/**
	 * The machine's profile changed: saved through a store, restored, or edited outside Wearline.
	 *
	 * @param version the version the history kept of the new text; {@code null} when the change was seen but not
	 *        yet recorded (another process held the machine)
	 */
	record ProfileChanged(Machine machine, ProfileVersion version) implements MachineEvent {
	}

	/**
	 * The machine's status changed: a step made or removed files, or its last outcome changed (a failed score).
	 *
	 * @param before the status before
	 * @param after the status now
	 */
	record StageChanged(Machine machine, MachineStatus before, MachineStatus after) implements MachineEvent {
	}

	/**
	 * A Job whose scheduling rule is the machine's {@link MachineRule} started in this JVM.
	 *
	 * @param job the Job's name
	 */
	record JobStarted(Machine machine, String job) implements MachineEvent {
	}

	/**
	 * A Job whose scheduling rule is the machine's {@link MachineRule} ended in this JVM.
	 *
	 * @param job the Job's name
	 * @param result how it ended (OK, CANCEL, ERROR with the message)
	 */
	record JobEnded(Machine machine, String job, IStatus result) implements MachineEvent {
	}
}
