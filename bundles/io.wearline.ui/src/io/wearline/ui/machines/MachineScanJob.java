package io.wearline.ui.machines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.Profiles;

/**
 * Reads and validates every machine of a workspace folder, off the UI thread. Cancelling stops it between two
 * machines; a cancelled job has no {@link #scan()}. It knows nothing of SWT, so a headless caller could run it too.
 */
public final class MachineScanJob extends Job {
	/** The family of every machine scan, for {@code IJobManager.join} and busy indicators. */
	public static final Object FAMILY = MachineScanJob.class;

	private final Path folder;
	private volatile MachineScan scan;

	/** A job that reads the machines of this folder. */
	public MachineScanJob(Path folder) {
		super("Reading the machines in " + folder);
		this.folder = folder;
		setPriority(SHORT);
	}

	/** What the job read; {@code null} until it has finished, and when it was cancelled. */
	public MachineScan scan() {
		return scan;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Machine> machines;
		try {
			machines = new MachineStore(folder).machines();
		} catch (IOException e) {
			scan = MachineScan.failed(folder, "Could not list the machines in " + folder + ": " + e.getMessage()
					+ ". Check that the folder is readable, or start Wearline with -data <folder>.");
			return Status.OK_STATUS;
		}
		SubMonitor progress = SubMonitor.convert(monitor, getName(), machines.size());
		List<MachineSummary> summaries = new ArrayList<>(machines.size());
		for (Machine machine : machines) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(machine.id());
			summaries.add(summarise(machine));
			progress.worked(1);
		}
		scan = MachineScan.read(folder, summaries);
		return Status.OK_STATUS;
	}

	private static MachineSummary summarise(Machine machine) {
		try {
			return MachineSummary.of(machine, Profiles.get().load(machine.profileFile()));
		} catch (RuntimeException e) {
			// load() reports bad input as problems; anything thrown is a defect, shown on the row, not a lost list
			return MachineSummary.unreadable(machine, "Could not read " + machine.profileFile() + ": " + e
					+ ". Please report this with the file attached.");
		}
	}
}
