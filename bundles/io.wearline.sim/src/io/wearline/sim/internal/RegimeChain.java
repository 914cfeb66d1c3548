package io.wearline.sim.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The operating regime along a unit's life as a Markov chain whose stationary distribution is the regimes'
 * weights: the first cycle draws a regime from the weights, and each later cycle keeps the regime, except that
 * with probability {@link #RENEWAL} it draws again from the weights (possibly the same regime). A regime of weight
 * w is therefore held for 1 / (RENEWAL (1 - w)) cycles on average: 8 cycles for two equal regimes.
 */
final class RegimeChain {
	/** The chance per cycle of a fresh draw; one in four gives dwell times of several cycles. */
	static final double RENEWAL = 0.25;

	private final double[] cumulativeWeights;

	RegimeChain(double[] cumulativeWeights) {
		this.cumulativeWeights = cumulativeWeights;
	}

	/** Fills the regimes of the first {@code cycles} cycles. */
	void fill(SplittableRandom random, int[] regimes, int cycles) {
		if (cumulativeWeights.length == 1) {
			Arrays.fill(regimes, 0, cycles, 0);
			return;
		}
		int current = draw(random.nextDouble());
		for (int c = 0; c < cycles; c++) {
			if (c > 0 && random.nextDouble() < RENEWAL) {
				current = draw(random.nextDouble());
			}
			regimes[c] = current;
		}
	}

	private int draw(double u) {
		int last = cumulativeWeights.length - 1;
		for (int i = 0; i < last; i++) {
			if (u < cumulativeWeights[i]) {
				return i;
			}
		}
		return last;
	}
}
