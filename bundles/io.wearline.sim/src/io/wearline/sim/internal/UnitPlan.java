package io.wearline.sim.internal;

import java.util.SplittableRandom;

/**
 * What one unit draws before its first cycle: its initial wear, its degradation rate multiplier (lognormal with
 * mean 1 and the profile's rate variability as coefficient of variation), its life, the failure mode it will fail
 * by (-1 for none) and the seed of the stream its cycles draw from.
 * <p>
 * The life follows the rate: a unit that wears r times faster lives the median life divided by r, the median
 * being the geometric mean of the profile's shortest and longest life, clipped to that range. For the turbofan
 * template (128 to 362 cycles, variability 0.22) this gives a median of 215 cycles, near C-MAPSS FD001's 206.
 */
public record UnitPlan(int unit, double initialWear, double rateMultiplier, int life, int failureMode,
		long cycleSeed) {

	/** Draws the plan of one unit from its own seed. */
	public static UnitPlan draw(MachinePhysics physics, long datasetSeed, int unit) {
		SplittableRandom random = new SplittableRandom(UnitSeeds.of(datasetSeed, unit));
		double initialWear = physics.initialWearMin()
				+ (physics.initialWearMax() - physics.initialWearMin()) * random.nextDouble();
		double rate = rateMultiplier(random, physics.rateVariability());
		long life = Math.round(physics.medianLife() / rate);
		int clipped = (int) Math.max(physics.minLife(), Math.min(physics.maxLife(), life));
		int mode = physics.drawFailureMode(random.nextDouble());
		return new UnitPlan(unit, initialWear, rate, clipped, mode, random.nextLong());
	}

	private static double rateMultiplier(SplittableRandom random, double variation) {
		if (!(variation > 0)) {
			return 1;
		}
		double sigma2 = Math.log1p(variation * variation);
		return Math.exp(-sigma2 / 2 + Math.sqrt(sigma2) * random.nextGaussian());
	}
}
