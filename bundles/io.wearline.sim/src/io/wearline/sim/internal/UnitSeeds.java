package io.wearline.sim.internal;

/**
 * Each unit's seed from the dataset seed and the unit's index, by SplitMix64's finaliser: a unit's random stream
 * depends on nothing else, so units may be simulated in any order or in parallel and still give the same data.
 */
final class UnitSeeds {
	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private UnitSeeds() {
	}

	static long of(long datasetSeed, int unit) {
		long z = datasetSeed + (unit + 1L) * GOLDEN_GAMMA;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
