package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;

/** Every template's fleet: health, remaining life, cycles and lives follow the rules of a run to failure. */
class LifeCycleTest {
	static List<String> templates() {
		return Fleets.templateIds();
	}

	@ParameterizedTest
	@MethodSource("templates")
	void everyUnitRunsFromNearlyNewToItsThresholdWithinTheLifeRange(String id) {
		MachineProfile profile = Fleets.template(id);
		double threshold = profile.getDegradation().getFailureThreshold();
		double worstStart = 1 - profile.getDegradation().getInitialWearMax();
		int minLife = profile.getLife().getMinLife();
		int maxLife = profile.getLife().getMaxLife();
		SeedData data = Fleets.units(profile, 60, 7);
		Fleets.forEachUnit(data, (unit, first, end) -> {
			int life = end - first;
			assertTrue(life >= minLife && life <= maxLife, id + " unit " + unit + ": life " + life);
			assertTrue(data.health()[first] >= worstStart - 1e-12 && data.health()[first] <= 1,
					id + " unit " + unit + " starts at health " + data.health()[first]);
			assertEquals(threshold, data.health()[end - 1], 1e-9, id + " unit " + unit + " fails at the threshold");
			for (int row = first; row < end; row++) {
				assertEquals(row - first + 1, data.cycle()[row]);
				assertEquals(end - 1 - row, data.rul()[row], "rul counts down to 0 at the last row");
				assertEquals(row == end - 1, data.failed()[row], "failed on the last row only");
				assertEquals(data.failureMode()[first], data.failureMode()[row], "one failure mode per unit");
				if (row > first) {
					assertTrue(data.health()[row] <= data.health()[row - 1], id + " unit " + unit
							+ ": health rises at cycle " + data.cycle()[row]);
				}
			}
		});
	}

	@ParameterizedTest
	@MethodSource("templates")
	void clippedSensorsStayInTheirRange(String id) {
		MachineProfile profile = Fleets.template(id);
		SeedData data = Fleets.units(profile, 30, 11);
		for (int s = 0; s < profile.getSensors().size(); s++) {
			var sensor = profile.getSensors().get(s);
			if (!sensor.isClipped()) {
				continue;
			}
			for (double v : data.sensor(s)) {
				assertFalse(v < sensor.getMin() || v > sensor.getMax(), id + "." + sensor.getId() + " = " + v);
			}
		}
	}
}
