package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.synth.internal.transform.Mixture;
import io.wearline.synth.internal.transform.VariationalMixture;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.Mode;
import io.wearline.synth.transform.TransformerOptions;
import io.wearline.synth.transform.Treatment;

/** The variational mixture finds the modes a column has. */
class MixtureTest {
	@Test
	void aTwoModeColumnGetsTwoModesAtTheRightMeans() {
		double[] values = Tables.mixture(20_000, 3, new double[] { 0, 10 }, new double[] { 1, 0.5 },
				new double[] { 0.5, 0.5 });
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(values));
		assertEquals(Treatment.CONTINUOUS, transformer.plan("x").treatment());
		List<Mode> modes = byMean(transformer.plan("x").modes());
		assertEquals(2, modes.size(), modes.toString());
		assertEquals(0, modes.get(0).mean(), 0.05);
		assertEquals(10, modes.get(1).mean(), 0.05);
		assertEquals(1, modes.get(0).std(), 0.05);
		assertEquals(0.5, modes.get(1).std(), 0.05);
		assertEquals(0.5, modes.get(0).weight(), 0.02);
		assertEquals(2, transformer.plan("x").spans().get(1).width());
	}

	@Test
	void threeUnequalModesAreFoundWithTheirWeights() {
		double[] values = Tables.mixture(20_000, 5, new double[] { -8, 0, 5 }, new double[] { 2, 1, 0.3 },
				new double[] { 0.05, 0.7, 0.25 });
		Mixture mixture = VariationalMixture.fit(values, 10, 0.005, 1);
		List<Mode> modes = byMean(modes(mixture));
		assertEquals(3, modes.size(), modes.toString());
		double[] means = { -8, 0, 5 };
		double[] weights = { 0.05, 0.7, 0.25 };
		for (int c = 0; c < 3; c++) {
			assertEquals(means[c], modes.get(c).mean(), 0.1, modes.toString());
			assertEquals(weights[c], modes.get(c).weight(), 0.02, modes.toString());
		}
	}

	@Test
	void theScaleOfAColumnDoesNotChangeItsModes() {
		// thousandths and thousands: the fit is on standardised values
		double[] small = Tables.mixture(10_000, 7, new double[] { 0.001, 0.004 }, new double[] { 0.0002, 0.0003 },
				new double[] { 0.6, 0.4 });
		double[] large = small.clone();
		for (int i = 0; i < large.length; i++) {
			large[i] = small[i] * 1e6;
		}
		List<Mode> a = byMean(modes(VariationalMixture.fit(small, 10, 0.005, 2)));
		List<Mode> b = byMean(modes(VariationalMixture.fit(large, 10, 0.005, 2)));
		assertEquals(2, a.size(), a.toString());
		assertEquals(a.size(), b.size());
		for (int c = 0; c < a.size(); c++) {
			assertEquals(a.get(c).mean() * 1e6, b.get(c).mean(), 1e-6 * Math.abs(b.get(c).mean()));
			assertEquals(a.get(c).weight(), b.get(c).weight(), 1e-9);
		}
	}

	@Test
	void theFitIsDeterministicGivenTheSeed() {
		double[] values = Tables.mixture(5_000, 11, new double[] { 0, 3 }, new double[] { 1, 1 },
				new double[] { 0.5, 0.5 });
		Mixture first = VariationalMixture.fit(values, 10, 0.005, 4);
		Mixture second = VariationalMixture.fit(values, 10, 0.005, 4);
		assertArrayEquals(first.means(), second.means());
		assertArrayEquals(first.stds(), second.stds());
		assertArrayEquals(first.weights(), second.weights());
	}

	@Test
	void keptModesWeighMoreThanTheThresholdAndSumToOne() {
		double[] values = Tables.mixture(20_000, 13, new double[] { 0, 2, 4, 6 }, new double[] { 0.8, 0.8, 0.8, 0.8 },
				new double[] { 0.25, 0.25, 0.25, 0.25 });
		Mixture mixture = VariationalMixture.fit(values, 10, 0.005, 3);
		double total = 0;
		for (double weight : mixture.weights()) {
			assertTrue(weight > 0.005);
			total += weight;
		}
		assertEquals(1, total, 1e-12);
		assertTrue(mixture.size() <= 10);
	}

	@Test
	void aSubsampleSeesTheSameModes() {
		double[] values = Tables.mixture(60_000, 17, new double[] { 0, 10 }, new double[] { 1, 1 },
				new double[] { 0.3, 0.7 });
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(values),
				TransformerOptions.defaults().withMixtureSampleSize(5_000));
		List<Mode> modes = byMean(transformer.plan("x").modes());
		assertEquals(2, modes.size(), modes.toString());
		assertEquals(0.3, modes.get(0).weight(), 0.03);
	}

	private static List<Mode> modes(Mixture mixture) {
		return java.util.stream.IntStream.range(0, mixture.size())
				.mapToObj(c -> new Mode(mixture.weights()[c], mixture.means()[c], mixture.stds()[c])).toList();
	}

	private static List<Mode> byMean(List<Mode> modes) {
		return modes.stream().sorted(Comparator.comparingDouble(Mode::mean)).toList();
	}
}
