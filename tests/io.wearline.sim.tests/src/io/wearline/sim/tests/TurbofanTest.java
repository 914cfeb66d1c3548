package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;
import io.wearline.model.WearDirection;
import io.wearline.sim.SeedData;

/** The turbofan template against what it was measured from (C-MAPSS FD001). */
class TurbofanTest {
	private static final MachineProfile TURBOFAN = Fleets.template("turbofan");

	@Test
	void livesLieInTheRangeOfFd001AndSpreadOverIt() {
		SeedData data = Fleets.units(TURBOFAN, 400, 42);
		int[] shortest = { Integer.MAX_VALUE };
		int[] longest = { 0 };
		double[] total = { 0 };
		Fleets.forEachUnit(data, (unit, first, end) -> {
			int life = end - first;
			assertTrue(life >= 128 && life <= 362, "unit " + unit + " lives " + life + " cycles");
			shortest[0] = Math.min(shortest[0], life);
			longest[0] = Math.max(longest[0], life);
			total[0] += life;
		});
		// FD001's engines live 206 cycles on average; the median life here is sqrt(128 x 362) = 215
		assertEquals(215, total[0] / 400, 15, "mean life");
		assertTrue(shortest[0] < 160 && longest[0] > 300, shortest[0] + " to " + longest[0]);
		assertEquals(data.rows(), (int) total[0]);
	}

	@Test
	void trendingSensorsMoveTheWayTheirWearSaysByAboutTheirSensitivity() {
		SeedData data = Fleets.units(TURBOFAN, 100, 42);
		int trending = 0;
		for (int s = 0; s < TURBOFAN.getSensors().size(); s++) {
			Sensor sensor = TURBOFAN.getSensors().get(s);
			double[] column = data.sensor(s);
			// the template's wear is FD001's mean of the last 10 cycles minus the mean of the first 10
			double[] change = { 0 };
			Fleets.forEachUnit(data, (unit, first, end) -> {
				double early = 0;
				double late = 0;
				for (int k = 0; k < 10; k++) {
					early += column[first + k];
					late += column[end - 1 - k];
				}
				change[0] += (late - early) / 10;
			});
			double meanChange = change[0] / data.units();
			if (sensor.getWearDirection() == WearDirection.NONE) {
				assertEquals(0, meanChange, 6 * sensor.getNoise() / Math.sqrt(5 * data.units()) + 1e-12,
						sensor.getId() + " has no wear");
				continue;
			}
			trending++;
			double sign = sensor.getWearDirection() == WearDirection.RISES ? 1 : -1;
			double relative = sign * meanChange / sensor.getWearSensitivity();
			// the first 10 cycles already carry the initial wear (0 to 0.1) and the last 10 lack a little damage
			assertTrue(relative > 0.7 && relative < 1.05,
					sensor.getId() + " " + sensor.getWearDirection() + ": change " + meanChange + " of "
							+ sensor.getWearSensitivity());
		}
		assertEquals(14, trending, "FD001 has 14 trending sensors");
	}

	@Test
	void everyEngineFailsByHpcDegradationFromTheStart() {
		SeedData data = Fleets.units(TURBOFAN, 50, 1);
		int mode = data.failureModes().indexOf("hpc_degradation");
		for (int code : data.failureMode()) {
			assertEquals(mode, code);
		}
		assertEquals(java.util.List.of("sea_level_static"), data.regimes());
	}
}
