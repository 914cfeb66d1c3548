package io.wearline.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.core.Machine;

/**
 * Validates a fleet: every machine of a workspace that has generated data is scored by a {@link MachineScoringJob}
 * (which writes its reports, holding the machine's rule and lock), several side by side, and checked against one set of thresholds. A machine that
 * cannot be scored (no seed data, an unreadable file) is an {@link FleetEntry.Status#ERROR} and does not stop the
 * others; machines without generated data are {@link FleetEntry.Status#NOT_GENERATED}.
 */
public final class FleetValidation {
	/** What a caller hears while the fleet is validated; called from the scoring threads. */
	public interface Listener {
		/** A machine's scoring starts. */
		void started(Machine machine);

		/** A machine is done ({@code done} of {@code total} machines). */
		void finished(FleetEntry entry, int done, int total);
	}

	private FleetValidation() {
	}

	/**
	 * Validates the machines.
	 *
	 * @param workspace the workspace folder, for the report and the reports' relative paths
	 * @param machines the machines, for example {@code new MachineStore(workspace).machines()}
	 * @param thresholds the thresholds every machine is checked against
	 * @param strict whether machines without generated data count as failures
	 * @param utility whether to measure utility (a few seconds per machine)
	 * @param parallel how many machines are scored at once (at least 1)
	 * @param holdouts makes each machine's real rows its synthesizer never saw
	 * @param listener hears each machine start and finish; may be null
	 * @param monitor cancelation (checked before each machine starts) and progress; may be null
	 * @return the report, entries sorted by machine id
	 * @throws OperationCanceledException when the monitor is canceled; machines being scored finish first
	 */
	public static FleetReport validate(Path workspace, List<Machine> machines, QualityThresholds thresholds,
			boolean strict, boolean utility, int parallel, HoldoutSource holdouts, Listener listener,
			IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + machines.size() + " machines",
				machines.size());
		int total = machines.size();
		AtomicInteger done = new AtomicInteger();
		List<FleetEntry> entries = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, Math.max(1, total))),
				runnable -> {
					Thread thread = new Thread(runnable, "wearline-fleet-validation");
					thread.setDaemon(true);
					return thread;
				});
		try {
			List<Future<FleetEntry>> futures = new ArrayList<>();
			for (Machine machine : machines) {
				futures.add(pool.submit(() -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					if (listener != null) {
						listener.started(machine);
					}
					FleetEntry entry = validate(workspace, machine, thresholds, utility, holdouts);
					if (listener != null) {
						listener.finished(entry, done.incrementAndGet(), total);
					}
					return entry;
				}));
			}
			for (Future<FleetEntry> future : futures) {
				entries.add(result(future));
				progress.worked(1);
			}
		} finally {
			pool.shutdownNow();
		}
		entries.sort(Comparator.comparing(FleetEntry::machine));
		return new FleetReport(workspace.toString(), thresholds, strict, entries, (System.nanoTime() - start) / 1e9);
	}

	/** One machine: scored and checked, or why not. */
	private static FleetEntry validate(Path workspace, Machine machine, QualityThresholds thresholds,
			boolean utility, HoldoutSource holdouts) {
		if (!MachineScoring.hasGeneratedData(machine)) {
			return new FleetEntry(machine.id(), FleetEntry.Status.NOT_GENERATED, null, List.of(),
					"no generated data (" + workspace.relativize(MachineScoring.trainFile(machine)) + ")", null);
		}
		MachineScoringJob job = new MachineScoringJob(machine, thresholds, utility, machine.reportsFolder(), holdouts);
		IStatus status = job.runInCallingThread(null);
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException(status.getMessage());
		}
		if (job.result().isEmpty()) {
			return new FleetEntry(machine.id(), FleetEntry.Status.ERROR, null, List.of(), status.getMessage(), null);
		}
		MachineScore score = job.result().get();
		QualityVerdict verdict = score.verdict();
		String report = workspace.toAbsolutePath().relativize(score.html().toAbsolutePath()).toString()
				.replace('\\', '/');
		return new FleetEntry(machine.id(), verdict.passed() ? FleetEntry.Status.PASSED : FleetEntry.Status.FAILED,
				verdict.scores(), verdict.failures(), "", report);
	}

	private static FleetEntry result(Future<FleetEntry> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof OperationCanceledException canceled) {
				throw canceled;
			}
			throw new IllegalStateException("validating a machine failed unexpectedly", e.getCause());
		}
	}
}
