package io.wearline.pipeline;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * The monitor a build gives one step: passes everything on to the build's own monitor and tells the build's
 * listeners each whole percent of the step done and each subtask, so a view can draw a bar per step.
 */
final class StepMonitor extends ProgressMonitorWrapper {

	/** Where the step's progress goes. */
	interface Sink {
		void progress(double fraction, String message);
	}

	private final Sink sink;
	private double total;
	private double done;
	private int percentShown = -1;
	private String message = "";

	StepMonitor(IProgressMonitor build, Sink sink) {
		super(build);
		this.sink = sink;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = totalWork == UNKNOWN ? 0 : totalWork;
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		message = name == null ? "" : name;
		sink.progress(fraction(), message);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		advance(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		advance(work);
	}

	private void advance(double work) {
		done += work;
		int percent = (int) (fraction() * 100);
		if (percent > percentShown) {
			percentShown = percent;
			sink.progress(fraction(), message);
		}
	}

	private double fraction() {
		return total <= 0 ? 0 : Math.min(1, done / total);
	}
}
