package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Rows;

/** Sampling shares its chunks among threads without changing a single value. */
class SamplerTest {

	@Test
	void theRowsAreTheSameWhateverTheThreadCount() {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		network.trainEpoch(TwoModeTable.rows(500, 1), new SplittableRandom(3), EpochProgress.NONE);
		Sampler sampler = new Sampler(network.parameters(), network.order());
		// three whole chunks and a part of a fourth
		int count = 3 * Sampler.CHUNK + 100;
		Rows one = sampler.sample(count, 4, 1);
		Rows three = sampler.sample(count, 4, 3);
		Rows again = sampler.sample(count, 4, 3);
		Rows two = sampler.sample(count, 4, 2);
		assertArrayEquals(one.values(), three.values());
		assertArrayEquals(one.values(), again.values());
		assertArrayEquals(one.values(), two.values());
		// the network samples the same way on the thread count ND4J is set to
		assertArrayEquals(sampler.sample(count, 4, Nd4jRuntime.threads()).values(), network.sample(count, 4).values());
		// and each chunk has rows of its own
		float[] first = Arrays.copyOfRange(one.values(), 0, one.width() * 10);
		float[] second = Arrays.copyOfRange(one.values(), Sampler.CHUNK * one.width(),
				(Sampler.CHUNK + 10) * one.width());
		assertFalse(Arrays.equals(first, second));
	}

	@Test
	void noRowsIsAnEmptySample() {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		Rows none = network.sample(0, 1);
		assertEquals(0, none.count());
		assertEquals(TwoModeTable.LAYOUT.width(), none.width());
	}
}
