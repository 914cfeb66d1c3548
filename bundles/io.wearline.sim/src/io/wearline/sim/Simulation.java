package io.wearline.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.dsl.DegradationLaws;
import io.wearline.model.MachineProfile;
import io.wearline.sim.internal.MachinePhysics;
import io.wearline.sim.internal.UnitPlan;
import io.wearline.sim.internal.UnitSimulator;

/**
 * Simulates a fleet of units of one machine, each run to failure, from its profile alone. Each unit draws an
 * initial wear, a degradation rate and from it a life within the profile's life range, and at most one failure
 * mode by the modes' probabilities; its health index then falls by the profile's degradation law from 1 minus the
 * initial wear to the failure threshold, reached exactly at the last cycle. See {@link SeedData} for the columns.
 * <p>
 * Every unit draws from its own random stream, derived from the dataset seed and the unit's index, so the same
 * profile and seed give the same data, on any number of threads. Call it from a core {@code Job}: it reports one
 * unit of work per unit and stops at the next unit (or batch of units, when several threads simulate) when the
 * monitor is cancelled.
 */
public final class Simulation {
	/** The most rows one result may hold (the columns are Java arrays). */
	public static final long MAX_ROWS = Integer.MAX_VALUE - 8;
	/** Units per thread between two checks for cancellation: a few thousand rows, milliseconds of work. */
	private static final int UNITS_PER_THREAD_AND_BATCH = 16;

	private Simulation() {
	}

	/**
	 * Simulates a fleet.
	 *
	 * @param profile a profile that validates without errors
	 * @param monitor progress and cancellation; may be null
	 * @throws IllegalArgumentException when the profile cannot be simulated (no life range, an unknown law, a
	 *         reference to an unknown sensor) or the result would exceed {@link #MAX_ROWS}
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static SeedData run(MachineProfile profile, SimulationOptions options, IProgressMonitor monitor) {
		MachinePhysics physics = physics(profile);
		List<UnitPlan> plans = plan(physics, options);
		SubMonitor progress = SubMonitor.convert(monitor,
				"Simulating " + plans.size() + " units of machine " + physics.machineId(), plans.size());
		return simulate(physics, plans, options.threads(), progress);
	}

	/**
	 * Simulates a fleet chunk by chunk, handing each chunk to {@code chunks} before the next one is simulated, so
	 * that only one chunk is in memory at a time however large the fleet: the way to stream seed data into a
	 * file. A chunk holds whole units, in unit order, and at least {@code chunkRows} rows unless it is the last
	 * one; the chunks one after the other hold exactly the rows {@link #run} returns for the same profile and
	 * options. Progress and cancellation as for {@link #run}.
	 *
	 * @param chunkRows the least number of rows of a chunk (but the last)
	 * @return the number of rows simulated
	 * @throws IllegalArgumentException as {@link #run}, before the first chunk
	 * @throws OperationCanceledException when the monitor was cancelled; the chunks so far were handed over
	 * @throws IOException what {@code chunks} threw; no chunk follows it
	 */
	public static long stream(MachineProfile profile, SimulationOptions options, int chunkRows, SeedChunks chunks,
			IProgressMonitor monitor) throws IOException {
		if (chunkRows < 1) {
			throw new IllegalArgumentException("a chunk needs at least one row, not " + chunkRows);
		}
		MachinePhysics physics = physics(profile);
		List<UnitPlan> plans = plan(physics, options);
		SubMonitor progress = SubMonitor.convert(monitor,
				"Simulating " + plans.size() + " units of machine " + physics.machineId(), plans.size());
		long rows = 0;
		for (int first = 0; first < plans.size();) {
			int end = first;
			long chunk = 0;
			while (end < plans.size() && chunk < chunkRows) {
				chunk += plans.get(end++).life();
			}
			SeedData data = simulate(physics, plans.subList(first, end), options.threads(), progress);
			chunks.accept(data);
			rows += data.rows();
			first = end;
		}
		return rows;
	}

	private static MachinePhysics physics(MachineProfile profile) {
		String lawName = profile.getDegradation() == null ? DegradationLaws.DEFAULT_LAW
				: profile.getDegradation().getLaw();
		return new MachinePhysics(profile, DegradationLawRegistry.find(lawName));
	}

	/** The seed data of these units, each after the other, reporting one unit of work per unit. */
	private static SeedData simulate(MachinePhysics physics, List<UnitPlan> plans, int threads,
			SubMonitor progress) {
		long rows = 0;
		for (UnitPlan plan : plans) {
			rows += plan.life();
		}
		SeedData data = new SeedData((int) rows, plans.size(), physics.sensorIds(), physics.regimeNames(),
				physics.failureModeNames());
		int[] firstRows = new int[plans.size()];
		for (int i = 1; i < plans.size(); i++) {
			firstRows[i] = firstRows[i - 1] + plans.get(i - 1).life();
		}
		if (threads == 1) {
			UnitSimulator simulator = new UnitSimulator(physics);
			for (int i = 0; i < plans.size(); i++) {
				progress.split(1);
				simulator.simulate(plans.get(i), data, firstRows[i]);
			}
		} else {
			simulateInParallel(physics, plans, firstRows, data, threads, progress);
		}
		return data;
	}

	/**
	 * Units side by side, in batches: each thread has its own simulator and its own units of the batch, and the
	 * calling thread reports progress and checks for cancellation between batches. Every unit draws from its own
	 * stream and writes its own rows, so the data does not depend on the threads.
	 */
	private static void simulateInParallel(MachinePhysics physics, List<UnitPlan> plans, int[] firstRows,
			SeedData data, int threads, SubMonitor progress) {
		UnitSimulator[] simulators = new UnitSimulator[threads];
		for (int t = 0; t < threads; t++) {
			simulators[t] = new UnitSimulator(physics);
		}
		int batch = threads * UNITS_PER_THREAD_AND_BATCH;
		try (ForkJoinPool pool = new ForkJoinPool(threads)) {
			for (int start = 0; start < plans.size(); start += batch) {
				int end = Math.min(plans.size(), start + batch);
				progress.split(end - start);
				int from = start;
				pool.submit(() -> IntStream.range(0, threads).parallel().forEach(t -> {
					for (int i = from + t; i < end; i += threads) {
						simulators[t].simulate(plans.get(i), data, firstRows[i]);
					}
				})).join();
			}
		}
	}

	/** The units to simulate: the number asked for, or as many as it takes to reach the rows asked for. */
	private static List<UnitPlan> plan(MachinePhysics physics, SimulationOptions options) {
		List<UnitPlan> plans = new ArrayList<>();
		long rows = 0;
		for (int unit = 0; options.byUnits() ? unit < options.units() : rows < options.rows(); unit++) {
			UnitPlan plan = UnitPlan.draw(physics, options.seed(), unit);
			rows += plan.life();
			if (rows > MAX_ROWS) {
				throw new IllegalArgumentException("Machine '" + physics.machineId() + "': the seed data would have "
						+ "more than " + MAX_ROWS + " rows; ask for fewer units or rows.");
			}
			plans.add(plan);
		}
		return plans;
	}
}
