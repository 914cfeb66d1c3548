package io.wearline.synth.internal.train;

import java.util.SplittableRandom;

/**
 * Every seed of a training run, derived from its one training seed so that the run is reproducible from it.
 *
 * @param training the training seed
 * @param transformer the data transformer's fit
 * @param network the network's initial parameters and noise
 * @param split the validation rows' draw
 * @param transform the modes drawn when the rows are transformed
 * @param population the training rows whose posteriors the model keeps as its latent population
 * @param shuffle the base of every epoch's shuffle ({@link #shuffleOf(int)})
 */
record SeedPlan(long training, long transformer, long network, long split, long transform, long population,
		long shuffle) {

	/** The seeds derived from a training seed. */
	static SeedPlan of(long training) {
		SplittableRandom streams = new SplittableRandom(training);
		return new SeedPlan(training, streams.nextLong(), streams.nextLong(), streams.nextLong(), streams.nextLong(),
				streams.nextLong(), streams.nextLong());
	}

	/**
	 * The shuffle of epoch {@code epoch} (from 0): it depends only on the seed and the epoch, so a run resumed after
	 * epoch {@code e} shuffles epoch {@code e + 1} as the uninterrupted run did.
	 */
	SplittableRandom shuffleOf(int epoch) {
		long z = shuffle + 0x9E3779B97F4A7C15L * (epoch + 1L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new SplittableRandom(z ^ (z >>> 31));
	}
}
