package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;
import io.wearline.sim.SeedSink;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;
import io.wearline.sim.internal.bench.SeedBenchmark;

/** The API around the physics: cancellation, progress, the sink seam, options and the benchmark. */
class SimulationApiTest {
	private static final MachineProfile PRESS = Fleets.parse(Fleets.PRESS);

	@Test
	void aCancelledMonitorStopsTheRun() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> Simulation.run(PRESS, SimulationOptions.ofUnits(10, 1), monitor));
	}

	/**
	 * The caller's monitor learns nothing of the fleet's size, yet sees eight equal steps that fill its task: one
	 * unit of work per unit. (The caller ends its own monitor, which reports the last unit's step.)
	 */
	@Test
	void progressCountsOneUnitOfWorkPerUnit() {
		int[] total = { 0 };
		List<Integer> steps = new ArrayList<>();
		NullProgressMonitor recording = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total[0] = totalWork;
			}

			@Override
			public void worked(int work) {
				steps.add(work);
			}
		};
		SubMonitor progress = SubMonitor.convert(recording, 1);
		Simulation.run(PRESS, SimulationOptions.ofUnits(8, 1), progress);
		progress.done();
		assertEquals(0, total[0] % 8, "a task the eight units share evenly: " + total[0]);
		assertEquals(Collections.nCopies(8, total[0] / 8), steps);
	}

	@Test
	void theSinkGetsEveryColumnInOrder() {
		SeedData data = Fleets.units(PRESS, 3, 1);
		List<String> seen = new ArrayList<>();
		List<String> announced = new ArrayList<>();
		data.writeTo(new SeedSink() {
			@Override
			public void begin(int rows, List<String> columnNames) {
				assertEquals(data.rows(), rows);
				announced.addAll(columnNames);
			}

			@Override
			public void intColumn(String name, int[] values, int rows) {
				seen.add(name);
			}

			@Override
			public void doubleColumn(String name, double[] values, int rows) {
				seen.add(name);
			}

			@Override
			public void booleanColumn(String name, boolean[] values, int rows) {
				seen.add(name);
			}

			@Override
			public void categoryColumn(String name, int[] codes, List<String> categories, int rows) {
				seen.add(name);
				assertTrue(categories.contains("none") || categories.contains("light"));
			}
		});
		assertEquals(List.of("unit", "cycle", "regime", "temp", "pressure", "speed", "vibration", "health", "rul",
				"failure_mode", "failed"), seen);
		assertEquals(seen, announced);
	}

	@Test
	void optionsTakeUnitsOrRowsNotBoth() {
		assertThrows(IllegalArgumentException.class, () -> new SimulationOptions(5, 100, 1));
		assertThrows(IllegalArgumentException.class, () -> new SimulationOptions(0, 0, 1));
		SimulationOptions fromProfile = SimulationOptions.of(Fleets.template("turbofan").getDataset());
		assertEquals(50000, fromProfile.rows());
		assertEquals(42, fromProfile.seed());
	}

	@Test
	void aSensorNamedLikeAColumnIsRejected() {
		MachineProfile profile = Fleets.parse(Fleets.PRESS.replace("sensor vibration", "sensor health")
				.replace("on vibration", "on health"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fleets.units(profile, 1, 1));
		assertTrue(e.getMessage().contains("'health'"), e.getMessage());
	}

	@Test
	void aCancelledMonitorStopsAParallelRunToo() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> Simulation.run(PRESS, SimulationOptions.ofUnits(100, 1).withThreads(2), monitor));
	}

	/** The benchmark runs (its speed is ./wearline bench's business, not a unit test's) and its profile is valid. */
	@Test
	void theBenchmarkSimulatesAValidProfileOfTheSensorsAskedFor() {
		MachineProfile profile = SeedBenchmark.profile(20);
		assertEquals(List.of(), io.wearline.dsl.MachineText.validate(profile).stream()
				.filter(io.wearline.dsl.ProfileIssue::isError).toList());
		SeedBenchmark.Result result = SeedBenchmark.measure(20, 20_000, 1);
		assertEquals(20, result.sensors());
		assertTrue(result.rows() >= 20_000 && result.rowsPerSecond() > 0, result.toString());
	}
}
