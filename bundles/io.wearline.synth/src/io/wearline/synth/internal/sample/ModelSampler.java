package io.wearline.synth.internal.sample;

import java.util.List;
import java.util.SplittableRandom;

import io.wearline.data.Table;
import io.wearline.synth.Condition;
import io.wearline.synth.LatentSource;
import io.wearline.synth.Rows;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.SoftmaxChoice;

/**
 * Draws tables from a trained model: latent codes from the aggregate posterior of the training rows
 * ({@link LatentPopulation}), the prior or a mix of both ({@link LatentSource}), through the decoder, then the inverse transform with each softmax span's choice drawn
 * from its probabilities. Not thread-safe.
 */
public final class ModelSampler {

	private final DataTransformer transformer;
	private final TvaeNetwork network;
	private final LatentPopulation population;

	/**
	 * @param transformer the data transformer
	 * @param network the trained network
	 * @param population the posteriors kept with the model
	 */
	public ModelSampler(DataTransformer transformer, TvaeNetwork network, LatentPopulation population) {
		if (population.embedding() != network.embeddingDim()) {
			throw new IllegalArgumentException("the latent population has codes of width " + population.embedding()
					+ ", the network " + network.embeddingDim());
		}
		this.transformer = transformer;
		this.network = network;
		this.population = population;
	}

	/**
	 * Draws {@code count} rows.
	 *
	 * @param count the rows, 0 or more
	 * @param seed the seed of the draw: the same model, count and seed give the same rows
	 */
	public Table sample(int count, long seed) {
		return sample(count, seed, LatentSource.POSTERIOR);
	}

	/**
	 * Draws {@code count} rows with latent codes from the given source.
	 *
	 * @param count the rows, 0 or more
	 * @param seed the seed of the draw: the same model, count, seed and source give the same rows
	 * @param latent where the codes come from
	 */
	public Table sample(int count, long seed, LatentSource latent) {
		SplittableRandom seeds = new SplittableRandom(seed);
		SplittableRandom codes = new SplittableRandom(seeds.nextLong());
		long noiseSeed = seeds.nextLong();
		long inverseSeed = seeds.nextLong();
		int embedding = network.embeddingDim();
		float[] z = new float[Math.multiplyExact(count, embedding)];
		for (int i = 0; i < count; i++) {
			if (latent.fromPrior(i)) {
				population.drawCode(-1, codes, z, i * embedding);
			} else {
				population.draw(codes, z, i * embedding);
			}
		}
		Rows rows = network.decode(z, count, noiseSeed);
		return transformer.inverse(rows, SoftmaxChoice.SAMPLE, new SplittableRandom(inverseSeed));
	}

	/**
	 * A sampler of rows that meet conditions.
	 *
	 * @throws IllegalArgumentException when a condition does not fit the model; the message says what the column
	 *             holds
	 */
	public ConditionalSampler conditional(List<Condition> conditions) {
		return new ConditionalSampler(this, conditions);
	}

	DataTransformer transformer() {
		return transformer;
	}

	TvaeNetwork network() {
		return network;
	}

	LatentPopulation population() {
		return population;
	}
}
