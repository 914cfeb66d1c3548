package io.wearline.synth.internal.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The arithmetic of importance resampling: the effective number of candidates and systematic resampling. */
class ImportanceResamplingTest {

	@Test
	void equalWeightsCountFullyAndOneDominantWeightCountsOnce() {
		ConditionalSampler.EffectiveSize equal = new ConditionalSampler.EffectiveSize();
		ConditionalSampler.EffectiveSize dominated = new ConditionalSampler.EffectiveSize();
		for (int i = 0; i < 1000; i++) {
			equal.add(-3.5);
			dominated.add(i == 500 ? 0 : -50);
		}
		assertEquals(1000, equal.value(), 1e-9);
		assertEquals(1, dominated.value(), 1e-9);
	}

	@Test
	void largeLogWeightsNeitherOverflowNorDependOnTheirOrder() {
		ConditionalSampler.EffectiveSize rising = new ConditionalSampler.EffectiveSize();
		ConditionalSampler.EffectiveSize falling = new ConditionalSampler.EffectiveSize();
		double[] logWeights = { 700, 800, 900, 900 + Math.log(2), Double.NEGATIVE_INFINITY, Double.NaN };
		for (int i = 0; i < logWeights.length; i++) {
			rising.add(logWeights[i]);
			falling.add(logWeights[logWeights.length - 1 - i]);
		}
		// weights about 0, 0, 1 and 2 (relative): (1 + 2)^2 / (1 + 4)
		assertEquals(9.0 / 5, rising.value(), 1e-9);
		assertEquals(rising.value(), falling.value(), 1e-9);
		assertEquals(0, new ConditionalSampler.EffectiveSize().value());
	}

	@Test
	void systematicResamplingPicksInProportionAndNeverAZeroWeight() {
		double zero = Double.NEGATIVE_INFINITY;
		double[] logWeights = { zero, 0, zero, Math.log(3) };
		assertArrayEquals(new int[] { 1, 3, 3, 3 }, ConditionalSampler.systematicPicks(logWeights, 4, 4, 0.5));
		int[] many = ConditionalSampler.systematicPicks(logWeights, 4, 4000, 0.123);
		int ones = 0;
		for (int pick : many) {
			ones += pick == 1 ? 1 : 0;
			assertEquals(true, pick == 1 || pick == 3);
		}
		assertEquals(1000, ones, 1);
	}
}
