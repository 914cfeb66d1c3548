package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/** The same profile and seed give the same data; another seed gives other data; units do not depend on others. */
class DeterminismTest {
	private static final MachineProfile PRESS = Fleets.parse(Fleets.PRESS);

	@Test
	void sameSeedSameArrays() {
		SeedData a = Fleets.units(PRESS, 120, 42);
		SeedData b = Fleets.units(PRESS, 120, 42);
		assertEquals(a.rows(), b.rows());
		assertArrayEquals(a.unit(), b.unit());
		assertArrayEquals(a.cycle(), b.cycle());
		assertArrayEquals(a.regime(), b.regime());
		assertArrayEquals(a.health(), b.health());
		assertArrayEquals(a.rul(), b.rul());
		assertArrayEquals(a.failureMode(), b.failureMode());
		assertArrayEquals(a.failed(), b.failed());
		for (int s = 0; s < a.sensorIds().size(); s++) {
			// Arrays.equals compares bits, so the NaNs of dropouts count as equal
			assertTrue(Arrays.equals(a.sensor(s), b.sensor(s)), a.sensorIds().get(s));
		}
	}

	@Test
	void otherSeedOtherData() {
		SeedData a = Fleets.units(PRESS, 120, 42);
		SeedData b = Fleets.units(PRESS, 120, 43);
		assertFalse(a.rows() == b.rows() && Arrays.equals(a.health(), b.health()));
		int n = Math.min(a.rows(), b.rows());
		assertFalse(Arrays.equals(Arrays.copyOf(a.sensor("pressure"), n), Arrays.copyOf(b.sensor("pressure"), n)));
	}

	@Test
	void aUnitIsTheSameInASmallerFleet() {
		SeedData small = Fleets.units(PRESS, 10, 5);
		SeedData large = Fleets.units(PRESS, 40, 5);
		int rows = small.rows();
		assertArrayEquals(small.health(), Arrays.copyOf(large.health(), rows));
		assertArrayEquals(small.sensor("temp"), Arrays.copyOf(large.sensor("temp"), rows));
		assertArrayEquals(small.regime(), Arrays.copyOf(large.regime(), rows));
	}

	@Test
	void threadsDoNotChangeTheData() {
		SeedData one = Fleets.units(PRESS, 150, 77);
		SeedData three = Simulation.run(PRESS, SimulationOptions.ofUnits(150, 77).withThreads(3), null);
		assertArrayEquals(one.health(), three.health());
		assertArrayEquals(one.regime(), three.regime());
		assertArrayEquals(one.rul(), three.rul());
		for (int s = 0; s < one.sensorIds().size(); s++) {
			assertTrue(Arrays.equals(one.sensor(s), three.sensor(s)), one.sensorIds().get(s));
		}
	}

	@Test
	void rowsAskForWholeUnitsUntilReached() {
		SeedData data = Simulation.run(PRESS, SimulationOptions.ofRows(5000, 1), null);
		assertTrue(data.rows() >= 5000);
		int lastUnitFirstRow = data.rows() - (data.rul()[data.rows() - 1] + data.cycle()[data.rows() - 1]);
		assertTrue(lastUnitFirstRow < 5000, "no unit more than needed");
		assertTrue(data.failed()[data.rows() - 1]);
	}
}
