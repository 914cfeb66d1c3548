package io.wearline.ui.machines;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of reading a workspace folder: a summary per machine, sorted by id, or why the folder could not
 * be read.
 *
 * @param folder the workspace folder read
 * @param machines its machines, sorted by id; empty when it has none or could not be read
 * @param failure why the folder could not be read, naming it and what to do; empty when it was read
 */
public record MachineScan(Path folder, List<MachineSummary> machines, String failure) {

	/** A folder that was read. */
	public static MachineScan read(Path folder, List<MachineSummary> machines) {
		return new MachineScan(folder, List.copyOf(machines), "");
	}

	/** A folder that could not be read. */
	public static MachineScan failed(Path folder, String failure) {
		return new MachineScan(folder, List.of(), failure);
	}

	/** Whether the folder could not be read. */
	public boolean hasFailed() {
		return !failure.isEmpty();
	}

	/** How many machines have a profile with errors. */
	public long invalidCount() {
		return machines.stream().filter(m -> !m.isValid()).count();
	}
}
