package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.data.Table;
import io.wearline.synth.SynthesizerModel;
import io.wearline.synth.Trainer;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * The quality gate: after 30 epochs on a small table the generated columns match the real ones, the
 * categories keep their frequencies (a rare one included, which the reference TVAE loses), and no generated value
 * leaves the profile's sensor ranges (the reference puts 1-2% of rows outside).
 */
class QualityGateTest {

	private static final int EPOCHS = 30;

	@TempDir
	Path workspace;

	private SynthesizerModel trained(String id, Table table) throws IOException {
		Machine machine = TestMachines.machine(workspace, id, EPOCHS);
		TrainingResult result = Trainer.train(TestMachines.input(machine, table), TrainingRequest.defaults(),
				TrainingListener.NONE, new NullProgressMonitor());
		assertEquals(TrainingOutcome.COMPLETED, result.outcome(), result.message());
		return SynthesizerModel.load(result.modelFile());
	}

	@Test
	void aTwoModeTableWithACorrelatedCategoryIsReproduced() throws IOException {
		Table real = TestMachines.twoModes(10_000, 21);
		Table generated = trained("two_modes", real).sample(10_000, 8);
		for (String column : new String[] { "vibration", "temperature" }) {
			double ks = Distributions.ksComplement(Distributions.values(real, column),
					Distributions.values(generated, column));
			assertTrue(ks >= 0.85, column + ": KS complement " + ks);
		}
		Map<String, Double> realShares = Distributions.shares(real, "regime");
		Map<String, Double> generatedShares = Distributions.shares(generated, "regime");
		for (String regime : TestMachines.REGIMES) {
			assertEquals(realShares.get(regime), generatedShares.getOrDefault(regime, 0.0), 0.03, regime + ": real "
					+ realShares + ", generated " + generatedShares);
		}
		// the category follows the vibration's mode, as in the real rows (90%)
		int high = 0;
		int highLoad = 0;
		for (int row = 0; row < generated.rowCount(); row++) {
			if (generated.doubles("vibration").get(row) > 4.5) {
				high++;
				highLoad += "load".equals(generated.categoricals("regime").label(row)) ? 1 : 0;
			}
		}
		assertTrue(highLoad > 0.75 * high, highLoad + " of " + high + " rows of the high mode are 'load'");
	}

	@Test
	void aOnePercentCategoryComesBackAtOnePercentAndNoValueLeavesTheProfilesRanges() throws IOException {
		Table real = TestMachines.rareMode(10_000, 22);
		Table generated = trained("rare", real).sample(50_000, 9);
		double share = Distributions.shares(generated, "failure_mode").getOrDefault("seal_leak", 0.0);
		assertTrue(share >= 0.005 && share <= 0.015, "seal_leak at " + share);
		double[] vibration = Distributions.values(generated, "vibration");
		double[] temperature = Distributions.values(generated, "temperature");
		assertEquals(50_000, vibration.length);
		int clipped = 0;
		for (double v : vibration) {
			assertTrue(v >= 0 && v <= TestMachines.VIBRATION_MAX, "vibration " + v);
			clipped += v == TestMachines.VIBRATION_MAX ? 1 : 0;
		}
		for (double t : temperature) {
			assertTrue(t >= 0 && t <= 100, "temperature " + t);
		}
		// the real vibration goes beyond the sensor's range; the generated one stops at its end
		double realMax = java.util.Arrays.stream(Distributions.values(real, "vibration")).max().orElseThrow();
		assertTrue(realMax > TestMachines.VIBRATION_MAX, "the test needs real values beyond the range: " + realMax);
		assertTrue(clipped < 0.05 * vibration.length, clipped + " values at the range's end");
	}
}
