package io.wearline.quality.internal;

import java.util.Locale;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.Profiles;
import io.wearline.data.Table;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * Real rows a machine's synthesizer never saw: a fresh simulation of the machine's profile with a seed derived from
 * (and different from) its dataset seed, as many rows as the seed data up to {@value #MAX_ROWS} (privacy compares
 * 2,000 rows and utility tests on 10,000, so more would only cost time).
 *
 * @param table the rows, or null when the profile cannot be simulated
 * @param description where the rows come from, or why there are none, for the report's sources
 */
public record SimulatedHoldout(Table table, String description) {
	/** The most rows simulated. */
	public static final int MAX_ROWS = 20_000;
	/** Mixed into the dataset seed, so that no seed the user is likely to pick gives the same units. */
	private static final long HOLDOUT_STREAM = 0x484F4C444F5554L; // "HOLDOUT"

	/** Simulates the holdout of a machine whose seed data has {@code seedRows} rows. */
	public static SimulatedHoldout simulate(Machine machine, int seedRows) {
		LoadedProfile loaded = Profiles.get().load(machine.profileFile());
		MachineProfile profile = loaded.profile();
		if (loaded.hasErrors() || profile == null) {
			return new SimulatedHoldout(null, "none: " + machine.profileFile() + " is not a valid profile now, so no"
					+ " unseen rows could be simulated; fix it ('wearline validate') to measure privacy and test utility"
					+ " on unseen rows");
		}
		long datasetSeed = profile.getDataset() == null ? ProfileDefaults.SEED : profile.getDataset().getSeed();
		long seed = Long.rotateLeft(datasetSeed, 17) ^ HOLDOUT_STREAM;
		int rows = Math.max(1, Math.min(MAX_ROWS, seedRows));
		try {
			Table table = SeedTables.of(Simulation.run(profile, SimulationOptions.ofRows(rows, seed), null));
			return new SimulatedHoldout(table, String.format(Locale.ROOT, "%,d rows simulated afresh from %s with"
					+ " seed %d: rows the synthesizer never saw (simulated, as its training rows were)", table.rowCount(),
					machine.profileFile(), seed));
		} catch (IllegalArgumentException e) {
			return new SimulatedHoldout(null, "none: " + machine.profileFile() + " cannot be simulated: "
					+ e.getMessage());
		}
	}
}
