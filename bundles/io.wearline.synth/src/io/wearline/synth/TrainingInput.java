package io.wearline.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.stream.Collectors;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;
import io.wearline.model.MachineProfile;
import io.wearline.synth.internal.model.Fingerprints;

/**
 * What a training learns from and where it writes: the machine (its {@code model/} and {@code runs/} folders), its
 * profile (training settings, sensor ranges) and its seed table.
 *
 * @param machine the machine whose folder receives the runs and the model
 * @param profile the profile
 * @param seed the seed table
 * @param seedDataHash the SHA-256 of the seed data file, in hex; empty for a table made in memory
 */
public record TrainingInput(Machine machine, MachineProfile profile, Table seed, String seedDataHash) {

	/** Checks that every part is there. */
	public TrainingInput {
		Objects.requireNonNull(machine, "machine");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(seed, "seed");
		Objects.requireNonNull(seedDataHash, "seedDataHash");
	}

	/**
	 * Reads a machine's profile and seed data ({@code seed/seed.parquet}).
	 *
	 * @throws IOException when the profile has errors or the seed data is missing or unreadable; the message names
	 *             the file and says what to do
	 */
	public static TrainingInput read(Machine machine) throws IOException {
		LoadedProfile loaded = Profiles.get().load(machine.profileFile());
		if (loaded.hasErrors() || loaded.profile() == null) {
			String problems = loaded.problems().stream().filter(p -> p.severity() == ProfileProblem.Severity.ERROR)
					.limit(5).map(ProfileProblem::format).collect(Collectors.joining("; "));
			throw new IOException(machine.profileFile() + " is not a valid profile (" + problems + "); fix it, then "
					+ "seed and train again");
		}
		if (!Files.isRegularFile(machine.seedFile())) {
			throw new IOException("machine '" + machine.id() + "' has no seed data (" + machine.seedFile() + " is "
					+ "missing); simulate it first: wearline seed " + machine.id());
		}
		Table table;
		try {
			table = TableFormats.standard().read(machine.seedFile(), ReadOptions.defaults()).table();
		} catch (TableReadException e) {
			throw new IOException("the seed data " + machine.seedFile() + " cannot be read (" + e.getMessage()
					+ "); simulate it again: wearline seed " + machine.id(), e);
		}
		return new TrainingInput(machine, loaded.profile(), table, Fingerprints.ofFile(machine.seedFile()));
	}
}
