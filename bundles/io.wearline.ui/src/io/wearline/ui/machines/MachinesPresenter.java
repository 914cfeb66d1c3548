package io.wearline.ui.machines;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Decides what the Machines view shows and when: each refresh starts a {@link MachineScanJob} on the workspace
 * folder and hands its result to the {@link MachineList} through the UI-thread executor. Only the latest scan is
 * shown: a refresh cancels the one before it, and a result that arrives after a newer refresh is dropped.
 */
public final class MachinesPresenter {
	private final MachineList list;
	private final Executor uiThread;
	private volatile Path workspace;
	private volatile MachineScanJob current;
	private volatile boolean disposed;

	/**
	 * @param list the widgets to update
	 * @param uiThread runs a task on the UI thread (for SWT: {@code display::asyncExec})
	 * @param workspace the folder whose machines to list
	 */
	public MachinesPresenter(MachineList list, Executor uiThread, Path workspace) {
		this.list = Objects.requireNonNull(list);
		this.uiThread = Objects.requireNonNull(uiThread);
		this.workspace = Objects.requireNonNull(workspace);
	}

	/** The folder whose machines are listed. */
	public Path workspace() {
		return workspace;
	}

	/** Lists the machines of another folder, and reads it at once. */
	public MachineScanJob setWorkspace(Path folder) {
		this.workspace = Objects.requireNonNull(folder);
		return refresh();
	}

	/** Reads the workspace folder again; returns the job that reads it (already scheduled). */
	public MachineScanJob refresh() {
		MachineScanJob previous = current;
		if (previous != null) {
			previous.cancel();
		}
		MachineScanJob job = new MachineScanJob(workspace);
		current = job;
		list.showReading(workspace);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (job.scan() != null && !disposed) {
					uiThread.execute(() -> deliver(job));
				}
			}
		});
		job.schedule();
		return job;
	}

	/** The latest scan started, finished or not; {@code null} before the first refresh. */
	public MachineScanJob currentScan() {
		return current;
	}

	/** Stops listing: cancels the running scan and shows no later result. */
	public void dispose() {
		disposed = true;
		MachineScanJob job = current;
		if (job != null) {
			job.cancel();
		}
	}

	private void deliver(MachineScanJob job) {
		// a slower, older scan must not overwrite the newer one the user asked for
		if (job == current && !disposed) {
			list.show(job.scan());
		}
	}
}
