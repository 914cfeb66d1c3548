package io.wearline.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;

/**
 * A training of one machine as an Eclipse Job (see {@link Trainer} for what a run does), a {@link MachineJob}: its
 * scheduling rule is the machine's {@link io.wearline.core.MachineRule}, so a second training (or generation) of the
 * same machine waits until this one ends, and it holds the machine's lock while it runs; before it trains it takes
 * one of the {@link TrainingSlots}, so no more trainings run at once than allowed. Its result is an {@link IStatus}:
 * {@code OK} with the model's path, {@code CANCEL} (the checkpoint stays for a resume), or {@code ERROR} with what
 * went wrong and what to do. The full {@link TrainingResult} is available from {@link #result()} once it is done.
 */
public final class TrainingJob extends MachineJob<TrainingResult> {

	/** The family of every training Job, for {@code Job.getJobManager().find(FAMILY)}. */
	public static final Object FAMILY = TrainingJob.class;

	/** The plug-in id of the statuses. */
	public static final String PLUGIN_ID = "io.wearline.synth";

	private final TrainingInput input;
	private final TrainingRequest request;
	private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
	private volatile TrainingSlots slots = TrainingSlots.shared();
	private volatile boolean slotTaken;

	/**
	 * A training of a workspace machine; its profile and seed data are read when the Job runs.
	 *
	 * @param machine the machine
	 * @param request what to train
	 */
	public TrainingJob(Machine machine, TrainingRequest request) {
		this(machine, null, request);
	}

	/**
	 * A training of a machine from a profile and a seed table already in memory.
	 *
	 * @param input the machine, profile and seed table
	 * @param request what to train
	 */
	public TrainingJob(TrainingInput input, TrainingRequest request) {
		this(input.machine(), input, request);
	}

	private TrainingJob(Machine machine, TrainingInput input, TrainingRequest request) {
		super("Training " + machine.id(), machine, "train");
		this.input = input;
		this.request = Objects.requireNonNull(request, "request");
	}

	/** Uses other slots than the JVM's shared ones (set before scheduling). */
	public void setSlots(TrainingSlots trainingSlots) {
		this.slots = Objects.requireNonNull(trainingSlots, "trainingSlots");
	}

	/** Adds a listener of the run's start and epochs. */
	public void addTrainingListener(TrainingListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** Removes a listener. */
	public void removeTrainingListener(TrainingListener listener) {
		listeners.remove(listener);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || super.belongsTo(family);
	}

	@Override
	protected TrainingResult perform(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		TrainingSlots taken = slots;
		slotTaken = false;
		progress.subTask("waiting for a free training slot (" + taken.limit() + " at once)");
		taken.acquire(progress);
		slotTaken = true;
		try {
			TrainingInput actual = input != null ? input : TrainingInput.read(machine());
			return Trainer.train(actual, request, new Broadcast(), progress.split(100));
		} finally {
			taken.release();
		}
	}

	@Override
	protected IStatus statusOf(TrainingResult ended) {
		String message = "training of " + machine().id() + ": " + ended.message();
		return switch (ended.outcome()) {
			case COMPLETED -> new Status(IStatus.OK, PLUGIN_ID, message);
			case CANCELLED -> new Status(IStatus.CANCEL, PLUGIN_ID, message);
			case FAILED, DIVERGED -> new Status(IStatus.ERROR, PLUGIN_ID, message);
		};
	}

	@Override
	protected IStatus cancelled() {
		return new Status(IStatus.CANCEL, PLUGIN_ID, "training of " + machine().id() + " cancelled "
				+ (slotTaken ? "before it began" : "while waiting for a free training slot"));
	}

	@Override
	protected IStatus failed(Exception e) {
		// reading the profile or the seed data failed; the run itself reports every failure in its result
		keep(new TrainingResult(TrainingOutcome.FAILED, String.valueOf(e.getMessage()), "", null, null, List.of(), 0));
		return new Status(IStatus.ERROR, PLUGIN_ID, "training of " + machine().id() + ": " + e.getMessage(),
				e instanceof RuntimeException ? e : null);
	}

	/** Passes the run's events on to every listener of the moment. */
	private final class Broadcast implements TrainingListener {
		@Override
		public void runStarted(String runId, Path runFolder, int epochsDone, int epochs, int trainingRows,
				int validationRows, int layoutWidth) {
			for (TrainingListener listener : listeners) {
				listener.runStarted(runId, runFolder, epochsDone, epochs, trainingRows, validationRows, layoutWidth);
			}
		}

		@Override
		public void epochEnded(EpochRecord epoch) {
			for (TrainingListener listener : listeners) {
				listener.epochEnded(epoch);
			}
		}
	}
}
