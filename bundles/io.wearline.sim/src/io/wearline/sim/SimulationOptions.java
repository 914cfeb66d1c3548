package io.wearline.sim;

import java.util.Optional;

import io.wearline.model.DatasetSpec;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;

/**
 * How much to simulate and from which seed: either a number of units, or a number of rows (whole units are
 * simulated until the rows reach it, so the result has at least that many). The same profile and options give
 * the same data, value for value.
 *
 * @param units the number of units, or 0 when {@code rows} decides
 * @param rows the least number of rows, or 0 when {@code units} decides
 * @param seed the dataset seed; each unit's random stream is derived from it and the unit's index
 * @param threads how many threads simulate units side by side (1: the calling thread only); the data is the same
 *        for any number
 */
public record SimulationOptions(int units, long rows, long seed, int threads) {
	/** The rows of a profile without a dataset block. */
	public static final long ROWS_WITHOUT_DATASET = 50_000;

	/** Checks that exactly one of units and rows is set, and that there is at least one thread. */
	public SimulationOptions {
		if (units < 0 || rows < 0 || (units == 0) == (rows == 0)) {
			throw new IllegalArgumentException("Set either a positive number of units or a positive number of rows, "
					+ "not both: units " + units + ", rows " + rows);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("The simulation needs at least one thread, not " + threads);
		}
	}

	/** The same options on the calling thread only. */
	public SimulationOptions(int units, long rows, long seed) {
		this(units, rows, seed, 1);
	}

	/** The same options with units simulated on this many threads. */
	public SimulationOptions withThreads(int count) {
		return new SimulationOptions(units, rows, seed, count);
	}

	/** A fleet of this many units. */
	public static SimulationOptions ofUnits(int units, long seed) {
		return new SimulationOptions(units, 0, seed);
	}

	/** As many whole units as it takes to reach this many rows. */
	public static SimulationOptions ofRows(long rows, long seed) {
		return new SimulationOptions(0, rows, seed);
	}

	/** The rows of a profile's dataset block (train, validation and test together) and its seed. */
	public static SimulationOptions of(DatasetSpec dataset) {
		long rows = (long) dataset.getTrainRows() + dataset.getValRows() + dataset.getTestRows();
		return ofRows(rows, dataset.getSeed());
	}

	/**
	 * A profile's seed data as {@code wearline seed} makes it without options: its dataset block's rows and seed,
	 * else {@value #ROWS_WITHOUT_DATASET} rows (the dataset block's default train, validation and test rows) from
	 * {@link ProfileDefaults#SEED}.
	 */
	public static SimulationOptions of(MachineProfile profile) {
		return profile.getDataset() == null ? ofRows(ROWS_WITHOUT_DATASET, ProfileDefaults.SEED)
				: of(profile.getDataset());
	}

	/**
	 * The options of a profile's seed data, as {@code wearline seed} and {@code wearline build} choose them: the
	 * units or rows asked for, else those of {@link #of(MachineProfile)}; the seed asked for, else its seed.
	 */
	public static SimulationOptions ofProfile(MachineProfile profile, Optional<Integer> units, Optional<Long> rows,
			Optional<Long> seed) {
		SimulationOptions fromProfile = of(profile);
		long chosenSeed = seed.orElse(fromProfile.seed());
		if (units.isPresent()) {
			return ofUnits(units.get(), chosenSeed);
		}
		return ofRows(rows.orElse(fromProfile.rows()), chosenSeed);
	}

	/** Whether the number of units, not of rows, decides the size. */
	public boolean byUnits() {
		return units > 0;
	}
}
