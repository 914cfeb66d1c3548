package io.wearline.sim;

import java.util.Locale;

import io.wearline.data.Table;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;

/**
 * Rows of a profile's machine that a synthesizer trained on its seed data never saw: a fresh simulation of the
 * profile with a seed stream of its own, derived from (and different from) the dataset seed. For simulated seed
 * data these are rows the model never saw, simulated as its training rows were: the holdout that privacy's DCR comparison and utility's tests need.
 *
 * @param table the rows
 * @param seed the seed they were simulated with
 */
public record FreshRows(Table table, long seed) {
	/** The most rows simulated: privacy compares 2,000 rows and utility tests on 10,000, more only costs time. */
	public static final int MAX_ROWS = 20_000;
	/** Mixed into the dataset seed, so that no seed the user is likely to pick gives the same units. */
	private static final long FRESH_STREAM = 0x484F4C444F5554L; // "HOLDOUT"

	/**
	 * Simulates fresh rows of a profile.
	 *
	 * @param profile a valid profile
	 * @param rows how many rows are wanted (as many as the seed data, say); at least 1 and at most
	 *        {@value #MAX_ROWS} are simulated, in whole units
	 * @throws IllegalArgumentException when the profile cannot be simulated
	 */
	public static FreshRows simulate(MachineProfile profile, int rows) {
		long datasetSeed = profile.getDataset() == null ? ProfileDefaults.SEED : profile.getDataset().getSeed();
		long seed = Long.rotateLeft(datasetSeed, 17) ^ FRESH_STREAM;
		int wanted = Math.max(1, Math.min(MAX_ROWS, rows));
		return new FreshRows(SeedTables.of(Simulation.run(profile, SimulationOptions.ofRows(wanted, seed), null)),
				seed);
	}

	/** Where the rows come from, for a report's sources: {@code 2,000 rows simulated afresh from <source> ...}. */
	public String describe(String source) {
		return String.format(Locale.ROOT, "%,d rows simulated afresh from %s with seed %d: rows the synthesizer"
				+ " never saw (simulated, as its training rows were)", table.rowCount(), source, seed);
	}
}
