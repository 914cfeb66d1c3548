package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;

/** Failure modes: drawn by their probabilities, and from the onset on their effects change the readings. */
class FailureModeTest {
	private static final MachineProfile PRESS = Fleets.parse(Fleets.PRESS);

	@Test
	void modeFrequenciesPassAChiSquareTest() {
		int units = 3000;
		SeedData data = Fleets.units(PRESS, units, 2024);
		assertEquals(List.of("none", "seal_leak", "pump_wear", "sensor_fault"), data.failureModes());
		double[] probability = { 0.4, 0.3, 0.2, 0.1 };
		int[] observed = new int[4];
		Fleets.forEachUnit(data, (unit, first, end) -> observed[data.failureMode()[first]]++);
		double chiSquare = 0;
		for (int m = 0; m < 4; m++) {
			double expected = units * probability[m];
			chiSquare += (observed[m] - expected) * (observed[m] - expected) / expected;
		}
		// 3 degrees of freedom: 11.34 is the 99th percentile
		assertTrue(chiSquare < 11.34, "chi-square " + chiSquare + " for " + java.util.Arrays.toString(observed));
	}

	@Test
	void stuckAtFreezesTheReadingFromTheOnset() {
		SeedData data = Fleets.units(PRESS, 200, 4);
		double[] temp = data.sensor("temp");
		List<Integer> checked = new ArrayList<>();
		Fleets.forEachUnit(data, (unit, first, end) -> {
			if (!data.failureModes().get(data.failureMode()[first]).equals("sensor_fault")) {
				return;
			}
			int onset = firstAtOrBelow(data, first, end, 0.8);
			for (int row = onset + 1; row < end; row++) {
				assertEquals(temp[onset], temp[row], "unit " + unit + " cycle " + data.cycle()[row]);
			}
			assertTrue(temp[onset - 1] != temp[onset - 2], "moving before the onset");
			checked.add(unit);
		});
		assertTrue(checked.size() > 5, "units with a stuck sensor: " + checked.size());
	}

	@Test
	void driftReachesItsMagnitudeAtFailureAndDropoutLosesReadings() {
		SeedData data = Fleets.units(PRESS, 600, 8);
		double[] pressure = data.sensor("pressure");
		double[] vibration = data.sensor("vibration");
		double[] lastOffset = new double[1];
		int[] lastCount = new int[1];
		int[] lost = new int[1];
		int[] afterOnset = new int[1];
		int[] lostHealthy = new int[1];
		Fleets.forEachUnit(data, (unit, first, end) -> {
			boolean leak = data.failureModes().get(data.failureMode()[first]).equals("seal_leak");
			for (int row = first; row < end; row++) {
				boolean missing = Double.isNaN(vibration[row]);
				if (leak && data.health()[row] <= 0.7) {
					afterOnset[0]++;
					lost[0] += missing ? 1 : 0;
				} else {
					lostHealthy[0] += missing ? 1 : 0;
				}
			}
			if (leak) {
				int g = data.regime()[end - 1];
				double nominal = g == 0 ? 160 : g == 1 ? 200 : 250;
				lastOffset[0] += pressure[end - 1] - nominal;
				lastCount[0]++;
			}
		});
		assertEquals(0, lostHealthy[0], "no dropout without the mode or before its onset");
		assertEquals(0.2, lost[0] / (double) afterOnset[0], 4 * Math.sqrt(0.2 * 0.8 / afterOnset[0]));
		assertEquals(-30, lastOffset[0] / lastCount[0], 4 * 2 / Math.sqrt(lastCount[0]), "drift at failure");
	}

	@Test
	void noiseGainAndSpikesShowAfterTheOnset() {
		SeedData data = Fleets.units(PRESS, 600, 12);
		double[] pressure = data.sensor("pressure");
		double[] vibration = data.sensor("vibration");
		double[] squares = new double[1];
		int[] n = new int[1];
		int[] spikes = new int[1];
		int[] spikesHealthy = new int[1];
		Fleets.forEachUnit(data, (unit, first, end) -> {
			boolean pump = data.failureModes().get(data.failureMode()[first]).equals("pump_wear");
			for (int row = first; row < end; row++) {
				boolean spike = vibration[row] > 2 + 5;
				if (pump && data.health()[row] <= 0.6) {
					int g = data.regime()[row];
					double nominal = g == 0 ? 160 : g == 1 ? 200 : 250;
					squares[0] += (pressure[row] - nominal) * (pressure[row] - nominal);
					n[0]++;
					spikes[0] += spike ? 1 : 0;
				} else {
					spikesHealthy[0] += spike ? 1 : 0;
				}
			}
		});
		assertEquals(2 * 4, Math.sqrt(squares[0] / n[0]), 0.5, "noise std times the gain");
		assertEquals(0, spikesHealthy[0]);
		double share = spikes[0] / (double) n[0];
		assertTrue(share > 0.02 && share < 0.1, "occasional spikes: " + share);
	}

	private static int firstAtOrBelow(SeedData data, int first, int end, double health) {
		for (int row = first; row < end; row++) {
			if (data.health()[row] <= health) {
				return row;
			}
		}
		return end;
	}
}
