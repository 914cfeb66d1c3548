package io.wearline.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;
import io.wearline.core.MachineStore;

/**
 * The whole flow of one machine as one Job: validate, seed, train, generate and score, each step the step's own
 * {@link MachineJob} ({@code SeedJob}, {@code TrainingJob}, {@code GenerationJob}, {@code MachineScoringJob}) run in
 * this Job's thread while it holds the machine's {@link io.wearline.core.MachineRule} and
 * {@link io.wearline.core.MachineLock}, so no other Job or process writes the machine between two steps. The machine
 * is a workspace machine as it is, or the one a profile file names (created, or its profile replaced when the file
 * differs). Listeners hear every step start, go on, finish with its figures or fail with the message the command line
 * prints ({@link BuildEvent}); the build stops at the first step that fails, leaving the earlier steps' files, and a
 * cancel leaves the files of the step it stopped as they were. Its status is {@code OK} when every step passed, the
 * quality thresholds included, {@code CANCEL} when cancelled and {@code ERROR} otherwise; {@link #result()} holds
 * the outcome.
 */
public final class MachineBuildJob extends Job {

	/** The family of every machine build. */
	public static final Object FAMILY = MachineBuildJob.class;

	/** The plug-in id of the statuses. */
	public static final String PLUGIN_ID = "io.wearline.pipeline";

	private final Path profileFile;
	private final String shownName;
	private final MachineStore store;
	private final Machine existing;
	private final BuildSettings settings;
	private final List<BuildListener> listeners = new CopyOnWriteArrayList<>();
	private volatile BuildOutcome outcome;

	private MachineBuildJob(Path profileFile, String shownName, MachineStore store, Machine existing,
			BuildSettings settings) {
		super("Building " + shownName);
		this.profileFile = profileFile;
		this.shownName = shownName;
		this.store = store;
		this.existing = existing;
		this.settings = Objects.requireNonNull(settings, "settings");
		setPriority(LONG);
	}

	/**
	 * A build of the workspace machine a profile file names: created from the file, or its profile replaced when the
	 * file says something else.
	 *
	 * @param profileFile the profile file, of any format
	 * @param shownName the file as the user named it, for messages
	 * @param store the workspace
	 * @param settings the build's settings
	 */
	public static MachineBuildJob ofProfile(Path profileFile, String shownName, MachineStore store,
			BuildSettings settings) {
		return new MachineBuildJob(profileFile, shownName, Objects.requireNonNull(store, "store"), null, settings);
	}

	/** A build of a workspace machine as it is. */
	public static MachineBuildJob ofMachine(Machine machine, BuildSettings settings) {
		return new MachineBuildJob(machine.profileFile(), machine.profileFile().toString(), null, machine, settings);
	}

	/** The profile file as the user named it, or the workspace machine's profile file. */
	public String shownName() {
		return shownName;
	}

	/** Adds a listener of the build's events. */
	public void addBuildListener(BuildListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** Removes a listener. */
	public void removeBuildListener(BuildListener listener) {
		listeners.remove(listener);
	}

	/** How the build ended; empty until it is done. */
	public Optional<BuildOutcome> result() {
		return Optional.ofNullable(outcome);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family == MachineJob.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		BuildRun run = new BuildRun(this);
		try {
			BuildOutcome ended = run.run(SubMonitor.convert(monitor, getName(), 100));
			outcome = ended;
			if (ended.succeeded()) {
				return new Status(IStatus.OK, PLUGIN_ID, "built " + ended.machine() + ": " + ended.message());
			}
			return new Status(run.cancelled() ? IStatus.CANCEL : IStatus.ERROR, PLUGIN_ID, ended.machine()
					+ " failed at " + ended.step() + ": " + ended.message());
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
	}

	Path profileFile() {
		return profileFile;
	}

	Optional<MachineStore> store() {
		return Optional.ofNullable(store);
	}

	Optional<Machine> existing() {
		return Optional.ofNullable(existing);
	}

	BuildSettings settings() {
		return settings;
	}

	/** Tells every listener of the moment. */
	void tell(BuildEvent event) {
		for (BuildListener listener : listeners) {
			listener.handle(event);
		}
	}
}
