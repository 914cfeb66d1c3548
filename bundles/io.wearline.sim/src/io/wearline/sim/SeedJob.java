package io.wearline.sim;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.model.MachineProfile;

/**
 * The seed step of a workspace machine as a {@link MachineJob}: simulates the machine's profile and writes the data
 * ({@link SeedOutput}, atomically, Parquet while it is simulated) to the machine's {@code seed/seed.parquet} or
 * another table, holding the machine's rule and lock. Its status is {@code OK} with the rows, {@code CANCEL} (the
 * previous file stays, no temporary one is left), or {@code ERROR} with the message {@code wearline seed} prints
 * after its name; {@link #result()} holds the {@link SeedOutput.Summary}.
 */
public final class SeedJob extends MachineJob<SeedOutput.Summary> {

	/** The plug-in id of the statuses. */
	public static final String PLUGIN_ID = "io.wearline.sim";

	private final MachineProfile profile;
	private final SimulationOptions options;
	private final TableLocation target;
	private final String shownName;

	/**
	 * Seeds a machine into its {@code seed/seed.parquet}.
	 *
	 * @param machine the machine
	 * @param profile its profile, read and valid
	 * @param options how much to simulate, from which seed, on how many threads
	 */
	public SeedJob(Machine machine, MachineProfile profile, SimulationOptions options) {
		this(machine, profile, options, TableLocation.of(machine.seedFile()), machine.profileFile().toString());
	}

	/**
	 * Seeds a machine into any table.
	 *
	 * @param machine the machine
	 * @param profile its profile, read and valid
	 * @param options how much to simulate, from which seed, on how many threads
	 * @param target the table to write; its extension or URI picks the format
	 * @param shownName the profile as the user knows it, for messages
	 */
	public SeedJob(Machine machine, MachineProfile profile, SimulationOptions options, TableLocation target,
			String shownName) {
		super("Seeding " + machine.id(), machine, "seed");
		this.profile = Objects.requireNonNull(profile, "profile");
		this.options = Objects.requireNonNull(options, "options");
		this.target = Objects.requireNonNull(target, "target");
		this.shownName = Objects.requireNonNull(shownName, "shownName");
	}

	/** The table it writes. */
	public TableLocation target() {
		return target;
	}

	@Override
	protected SeedOutput.Summary perform(IProgressMonitor monitor) throws IOException {
		return SeedOutput.write(profile, options, target, TableFormats.standard(), monitor);
	}

	@Override
	protected IStatus statusOf(SeedOutput.Summary written) {
		return new Status(IStatus.OK, PLUGIN_ID, String.format(Locale.ROOT, "seeded %s: %d rows, %d units, %d "
				+ "failures by a failure mode", machine().id(), written.rows(), written.units(), written.failures()));
	}

	@Override
	protected IStatus cancelled() {
		return new Status(IStatus.CANCEL, PLUGIN_ID, SeedOutput.failure(new OperationCanceledException(), target,
				shownName));
	}

	@Override
	protected IStatus failed(Exception e) {
		boolean unexpected = e instanceof RuntimeException && !(e instanceof IllegalArgumentException);
		return new Status(IStatus.ERROR, PLUGIN_ID, SeedOutput.failure(e, target, shownName), unexpected ? e : null);
	}
}
