package io.wearline.ui.machines;

import java.nio.file.Path;

/** What the presenter asks of the Machines view's widgets. Called on the UI thread. */
public interface MachineList {

	/** The machines of this folder are being read; what is shown may be stale until {@link #show}. */
	void showReading(Path folder);

	/** Shows what a read found: the machines, the empty-state message, or why the folder could not be read. */
	void show(MachineScan scan);
}
