package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;

/** Regimes: shares of time match the weights, they last several cycles, and they shift the readings. */
class OperatingRegimeTest {
	private static final MachineProfile PRESS = Fleets.parse(Fleets.PRESS);

	@Test
	void sharesOfTimeMatchTheWeights() {
		SeedData data = Fleets.units(PRESS, 1500, 3);
		double[] weights = { 0.5, 0.3, 0.2 };
		int[] counts = new int[3];
		for (int row = 0; row < data.rows(); row++) {
			counts[data.regime()[row]]++;
		}
		// the chain renews with probability 1/4 per cycle, so successive cycles are correlated (lag-one 3/4):
		// the variance of a share is (1 + 3/4) / (1 - 3/4) = 7 times that of independent draws
		for (int g = 0; g < 3; g++) {
			double share = counts[g] / (double) data.rows();
			double sigma = Math.sqrt(weights[g] * (1 - weights[g]) * 7 / data.rows());
			assertEquals(weights[g], share, 4 * sigma, "share of " + data.regimes().get(g));
		}
		assertEquals(java.util.List.of("light", "normal", "heavy"), data.regimes());
	}

	@Test
	void regimesLastSeveralCycles() {
		SeedData data = Fleets.units(PRESS, 300, 5);
		int switches = 0;
		int pairs = 0;
		for (int row = 1; row < data.rows(); row++) {
			if (data.unit()[row] == data.unit()[row - 1]) {
				pairs++;
				if (data.regime()[row] != data.regime()[row - 1]) {
					switches++;
				}
			}
		}
		// a switch happens when the chain renews (1/4) and draws another regime (1 - 0.25 - 0.09 - 0.04 = 0.62)
		double expected = 0.25 * (1 - 0.5 * 0.5 - 0.3 * 0.3 - 0.2 * 0.2);
		double rate = switches / (double) pairs;
		assertEquals(expected, rate, 0.01, "switches per cycle");
		assertTrue(1 / rate > 5, "mean dwell of several cycles: " + 1 / rate);
	}

	@Test
	void earlyHealthyReadingsMeanNominalWithTheRegimesAdjustments() {
		SeedData data = Fleets.units(PRESS, 800, 9);
		// per regime: temp (scale 0.9 in light), pressure (offsets), speed (offset in heavy), vibration (none)
		double[][] expected = { { 60 * 0.9, 160, 40, 2 }, { 60, 200, 40, 2 }, { 60, 250, 35, 2 } };
		double[] slope = { 30, 0, -8, 0 };
		double[] noise = { 1.5, 2, 1, 0.2 };
		for (int s = 0; s < 4; s++) {
			double[] sum = new double[3];
			double[] wearSum = new double[3];
			int[] n = new int[3];
			double[] column = data.sensor(s);
			for (int row = 0; row < data.rows(); row++) {
				// the early healthy part: before any failure mode can start (onsets at health 0.8 and below)
				if (data.health()[row] > 0.85) {
					int g = data.regime()[row];
					sum[g] += column[row];
					wearSum[g] += (1 - data.health()[row]) / (1 - 0.2);
					n[g]++;
				}
			}
			for (int g = 0; g < 3; g++) {
				double mean = sum[g] / n[g];
				double want = expected[g][s] + slope[s] * wearSum[g] / n[g];
				assertEquals(want, mean, 4 * noise[s] / Math.sqrt(n[g]) + 1e-9,
						data.sensorIds().get(s) + " in " + data.regimes().get(g) + " over " + n[g] + " rows");
			}
		}
	}
}
