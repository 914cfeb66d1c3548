package io.wearline.pipeline;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.JobGroup;

/**
 * Many machine builds as one Eclipse {@link JobGroup}: at most {@code parallel} machines build at once, and a
 * machine that fails stops at its step while the others go on to their end (a plain {@code JobGroup} would cancel
 * the rest at the first failure). Cancelling the fleet cancels every build; each leaves its files as a cancelled
 * step does.
 */
public final class FleetBuild {

	private final List<MachineBuildJob> builds;
	private final JobGroup group;

	/**
	 * @param name the group's name, shown in progress views
	 * @param builds the machine builds, not scheduled yet
	 * @param parallel how many machines build at once, at least 1
	 */
	public FleetBuild(String name, List<MachineBuildJob> builds, int parallel) {
		if (parallel < 1) {
			throw new IllegalArgumentException("at least one machine must build at once, not " + parallel);
		}
		this.builds = List.copyOf(builds);
		this.group = new JobGroup(name, parallel, this.builds.size()) {
			@Override
			protected boolean shouldCancel(IStatus lastCompletedJobResult, int numberOfFailedJobs,
					int numberOfCanceledJobs) {
				// one machine's failure is its own: the others still build
				return false;
			}
		};
	}

	/** The builds, in the order given. */
	public List<MachineBuildJob> builds() {
		return builds;
	}

	/** Schedules every build. */
	public void start() {
		for (MachineBuildJob build : builds) {
			build.setJobGroup(group);
			build.schedule();
		}
	}

	/**
	 * Waits until every build has ended.
	 *
	 * @param monitor cancels the wait (not the builds); may be null
	 * @return the outcomes, in the order of the builds
	 * @throws InterruptedException when the waiting thread is interrupted
	 */
	public List<BuildOutcome> join(IProgressMonitor monitor) throws InterruptedException {
		group.join(0, monitor);
		// a build cancelled before it ran has no outcome of its own
		return builds.stream().map(build -> build.result().orElseGet(() -> new BuildOutcome(build.shownName(),
				BuildStep.VALIDATE.word(), false, "cancelled before it started", 0, 0, 0, Double.NaN, "-", 0)))
				.toList();
	}

	/** Cancels every build that has not ended. */
	public void cancel() {
		group.cancel();
	}

	/**
	 * Cancels every build and waits a while for them to end, so that each records where it stopped: for a process
	 * that is shutting down (Ctrl-C).
	 *
	 * @param millis the longest wait
	 * @return whether every build ended in time
	 */
	public boolean cancelAndWait(long millis) {
		group.cancel();
		try {
			return group.join(millis, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
