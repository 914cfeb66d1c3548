package io.wearline.synth;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.wearline.core.Machine;
import io.wearline.core.MachineRule;

/**
 * A generation of one machine's datasets as an Eclipse Job (see {@link Generator}). Its scheduling rule is the
 * machine's {@link MachineRule}, so it never runs beside a training of the same machine. Its status is {@code OK}
 * with the files and counts, {@code CANCEL} (the previous files stay), or {@code ERROR} with what went wrong and
 * what to do; the full {@link GenerationResult} is available from {@link #result()}.
 */
public final class GenerationJob extends Job {

	/** The family of every generation Job. */
	public static final Object FAMILY = GenerationJob.class;

	private final Machine machine;
	private final GenerationRequest request;
	private volatile GenerationResult result;

	/**
	 * @param machine the machine, which must have a model
	 * @param request the counts, seed, conditions and threads
	 */
	public GenerationJob(Machine machine, GenerationRequest request) {
		super("Generating datasets of " + machine.id());
		this.machine = machine;
		this.request = Objects.requireNonNull(request, "request");
		setRule(new MachineRule(machine.folder()));
		setPriority(LONG);
	}

	/** What was written; empty until the Job is done, and when it failed or was cancelled. */
	public Optional<GenerationResult> result() {
		return Optional.ofNullable(result);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			GenerationResult done = Generator.generate(machine, request, monitor);
			result = done;
			StringBuilder message = new StringBuilder("generated " + machine.id() + ":");
			for (GeneratedFile file : done.files()) {
				message.append(' ').append(file.split()).append(' ').append(file.rows()).append(" rows");
			}
			return new Status(IStatus.OK, TrainingJob.PLUGIN_ID, message.toString());
		} catch (OperationCanceledException e) {
			return new Status(IStatus.CANCEL, TrainingJob.PLUGIN_ID, "generation of " + machine.id()
					+ " cancelled; the previous files in " + machine.dataFolder() + " are unchanged");
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, TrainingJob.PLUGIN_ID, "generation of " + machine.id() + ": "
					+ e.getMessage(), e instanceof RuntimeException && !(e instanceof IllegalArgumentException
							|| e instanceof IllegalStateException) ? e : null);
		} finally {
			monitor.done();
		}
	}
}
