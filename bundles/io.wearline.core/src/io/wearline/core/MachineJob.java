package io.wearline.core;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The skeleton of every Job that writes one machine (seed, train, generate, score, build): it holds the machine's
 * {@link MachineRule} (no two of them at once in this JVM) and, while it runs, the machine's {@link MachineLock}
 * (no two processes at once), runs the step, maps a cancellation to a {@code CANCEL} status and a failure to an
 * {@code ERROR} status with the message the command line prints, and records how it ended as the machine's
 * {@link StepOutcome}. Subclasses say what the step does and what its result means.
 * <p>
 * Another process holding the machine ends the Job at once with an {@code ERROR} status whose message is the busy
 * message ({@code machine m1 is busy: train started by process 4711 at 14:02}) and whose exception is the
 * {@link MachineBusyException}; nothing of the machine is written then, its outcome included.
 *
 * @param <R> what a run makes
 */
public abstract class MachineJob<R> extends Job {

	/** The family of every machine Job, for {@code Job.getJobManager().find(MachineJob.FAMILY)}. */
	public static final Object FAMILY = MachineJob.class;

	/** The plug-in id of the statuses. */
	public static final String PLUGIN_ID = "io.wearline.core";

	private final Machine machine;
	private final String step;
	private volatile R result;

	/**
	 * @param name the Job's name, shown in progress views
	 * @param machine the machine it writes
	 * @param step the step in the command line's word ({@code seed}, {@code train}, ...): the lock's and the
	 *        outcome's
	 */
	protected MachineJob(String name, Machine machine, String step) {
		super(name);
		this.machine = Objects.requireNonNull(machine, "machine");
		this.step = Objects.requireNonNull(step, "step");
		setRule(new MachineRule(machine.folder()));
		setPriority(LONG);
	}

	/** The machine it writes. */
	public Machine machine() {
		return machine;
	}

	/** The step, in the command line's word. */
	public String step() {
		return step;
	}

	/** What the run made; empty until it is done, and when it made nothing (busy, cancelled, failed early). */
	public Optional<R> result() {
		return Optional.ofNullable(result);
	}

	/** Whether a finished Job's status says another process held the machine. */
	public static boolean busy(IStatus status) {
		return status != null && status.getException() instanceof MachineBusyException;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/**
	 * Runs the step in the calling thread instead of a worker: for a machine build, whose Job holds the machine's
	 * rule and lock and runs its steps one after another. The calling thread must hold no rule or one that contains
	 * this machine's (a build's rule does); the lock, counted per JVM, is taken again and given back.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @return the status, as a scheduled run would end with
	 */
	public final IStatus runInCallingThread(IProgressMonitor monitor) {
		IJobManager manager = Job.getJobManager();
		manager.beginRule(getRule(), monitor);
		try {
			return run(monitor);
		} finally {
			manager.endRule(getRule());
		}
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		IStatus status;
		try (MachineLock lock = MachineLock.acquire(machine, step)) {
			try {
				R made = perform(monitor);
				result = made;
				status = statusOf(made);
			} catch (OperationCanceledException e) {
				status = cancelled();
			} catch (IOException | RuntimeException e) {
				status = failed(e);
			}
			record(status);
		} catch (MachineBusyException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, e.getMessage(), e);
		} catch (IOException e) {
			// the lock could not be taken (no folder): nothing ran, so there is no outcome to record
			return failed(e);
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
		return status;
	}

	/**
	 * Does the step, holding the machine's rule and lock.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @return what it made
	 * @throws OperationCanceledException when cancelled; the previous files must be left as they were
	 * @throws IOException when a file cannot be read or written
	 */
	protected abstract R perform(IProgressMonitor monitor) throws IOException;

	/** The status of a run that made a result: {@code OK}, or what the result says went wrong. */
	protected abstract IStatus statusOf(R made);

	/** The status of a cancelled run; by default "{@code <step>} of {@code <machine>} cancelled". */
	protected IStatus cancelled() {
		return new Status(IStatus.CANCEL, PLUGIN_ID, step + " of " + machine.id() + " cancelled");
	}

	/**
	 * The status of a run that failed with an exception; by default {@code <step> of <machine>: <message>}, with the
	 * exception kept only for unexpected runtime failures (a stack trace is for the log, not for the user).
	 */
	protected IStatus failed(Exception e) {
		boolean unexpected = e instanceof RuntimeException && !(e instanceof IllegalArgumentException
				|| e instanceof IllegalStateException);
		return new Status(IStatus.ERROR, PLUGIN_ID, step + " of " + machine.id() + ": " + e.getMessage(),
				unexpected ? e : null);
	}

	/** Keeps a result made although the run did not end well (a failed training's record, say). */
	protected final void keep(R made) {
		result = made;
	}

	/**
	 * The outcome recorded for a status; by default this step's, with the status's message. A build names the
	 * step it stopped at instead.
	 */
	protected StepOutcome outcome(IStatus status) {
		StepOutcome.Result ended = switch (status.getSeverity()) {
			case IStatus.CANCEL -> StepOutcome.Result.CANCELLED;
			case IStatus.ERROR -> StepOutcome.Result.FAILED;
			default -> StepOutcome.Result.SUCCEEDED;
		};
		return new StepOutcome(step, ended, status.getMessage(), Instant.now());
	}

	private void record(IStatus status) {
		try {
			outcome(status).write(machine);
		} catch (IOException e) {
			// the outcome is a note beside the step's own files: a full disk that keeps it out must not turn a
			// step that succeeded into a failure; the next step's outcome replaces it
		}
	}
}
