package io.wearline.core;

/**
 * Hears what happens to the machines of a {@link MachineStore}: added, removed, profile changed, stage changed, a
 * Job on a machine started or ended.
 * <p>
 * Called on the thread that made or noticed the change (a command's, a Job's, the store's watch), never on a
 * display's: a view hands the event to its display thread itself. A listener must return quickly; an exception
 * it throws is logged and does not reach the caller or the other listeners.
 */
@FunctionalInterface
public interface MachineStoreListener {

	/** Something happened to a machine. */
	void machineChanged(MachineEvent event);
}
