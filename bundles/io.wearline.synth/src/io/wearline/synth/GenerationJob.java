package io.wearline.synth;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;

/**
 * A generation of one machine's datasets as an Eclipse Job (see {@link Generator}), a {@link MachineJob}: its
 * scheduling rule is the machine's {@link io.wearline.core.MachineRule}, so it never runs beside a training of the
 * same machine, and it holds the machine's lock while it runs. Its status is {@code OK} with the files and counts,
 * {@code CANCEL} (the previous files stay), or {@code ERROR} with what went wrong and what to do; the full
 * {@link GenerationResult} is available from {@link #result()}.
 */
public final class GenerationJob extends MachineJob<GenerationResult> {

	/** The family of every generation Job. */
	public static final Object FAMILY = GenerationJob.class;

	private final GenerationRequest request;

	/**
	 * @param machine the machine, which must have a model
	 * @param request the counts, seed, conditions and threads
	 */
	public GenerationJob(Machine machine, GenerationRequest request) {
		super("Generating datasets of " + machine.id(), machine, "generate");
		this.request = Objects.requireNonNull(request, "request");
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || super.belongsTo(family);
	}

	@Override
	protected GenerationResult perform(IProgressMonitor monitor) throws IOException {
		return Generator.generate(machine(), request, monitor);
	}

	@Override
	protected IStatus statusOf(GenerationResult done) {
		StringBuilder message = new StringBuilder("generated " + machine().id() + ":");
		for (GeneratedFile file : done.files()) {
			message.append(' ').append(file.split()).append(' ').append(file.rows()).append(" rows");
		}
		return new Status(IStatus.OK, TrainingJob.PLUGIN_ID, message.toString());
	}

	@Override
	protected IStatus cancelled() {
		return new Status(IStatus.CANCEL, TrainingJob.PLUGIN_ID, "generation of " + machine().id()
				+ " cancelled; the previous files in " + machine().dataFolder() + " are unchanged");
	}

	@Override
	protected IStatus failed(Exception e) {
		return new Status(IStatus.ERROR, TrainingJob.PLUGIN_ID, "generation of " + machine().id() + ": "
				+ e.getMessage(), e instanceof RuntimeException && !(e instanceof IllegalArgumentException
						|| e instanceof IllegalStateException) ? e : null);
	}
}
