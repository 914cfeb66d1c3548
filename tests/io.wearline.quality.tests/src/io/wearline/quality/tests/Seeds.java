package io.wearline.quality.tests;

import io.wearline.data.Table;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;
import io.wearline.sim.internal.bench.SeedBenchmark;

/** Run-to-failure tables from the seed simulation: the same machine, different seeds, so alike but not equal. */
final class Seeds {
	private Seeds() {
	}

	/** A fleet of {@code units} units of a 6-sensor machine (unit, cycle, regime, s1..s6, health, rul, ...). */
	static Table fleet(int units, long seed) {
		return SeedTables.of(Simulation.run(SeedBenchmark.profile(6), SimulationOptions.ofUnits(units, seed), null));
	}
}
