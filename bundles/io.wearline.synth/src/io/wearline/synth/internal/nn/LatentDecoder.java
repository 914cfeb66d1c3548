package io.wearline.synth.internal.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.wearline.synth.Rows;

/**
 * The decoder's pass from given latent codes, activated as the sampler activates its own ({@link DecoderPass}).
 * The sampler draws its codes from the prior; generation draws them from the posteriors the model keeps, and
 * conditional sampling from a proposal it weighs, so they give the codes here. Works in chunks of
 * {@link #CHUNK} rows, each chunk's noise from its own stream split off the seed in chunk order.
 */
final class LatentDecoder {

	/** Rows per chunk, as the sampler's. */
	static final int CHUNK = Sampler.CHUNK;

	private final ColumnOrder order;
	private final int embedding;
	private final DecoderPass pass;

	LatentDecoder(Parameters parameters, ColumnOrder order) {
		this.order = order;
		this.embedding = parameters.heads().out() / 2;
		this.pass = new DecoderPass(parameters, order, CHUNK);
	}

	/**
	 * The decoded rows (layout order) of {@code count} latent codes.
	 *
	 * @param latent the codes, {@code count x embedding}, row by row
	 * @param count the number of codes
	 * @param seed the seed of the scalar columns' noise
	 */
	Rows decode(float[] latent, int count, long seed) {
		if (latent.length != (long) count * embedding) {
			throw new IllegalArgumentException(count + " latent codes of width " + embedding + " need "
					+ (long) count * embedding + " values, not " + latent.length);
		}
		Rows rows = Rows.zeros(count, order.width());
		SplittableRandom streams = new SplittableRandom(seed);
		float[] codes = pass.codes();
		for (int first = 0; first < count; first += CHUNK) {
			NormalDraws normal = new NormalDraws(streams.split());
			int chunk = Math.min(CHUNK, count - first);
			Arrays.fill(codes, 0f);
			System.arraycopy(latent, first * embedding, codes, 0, chunk * embedding);
			pass.forward();
			pass.activate(normal, chunk);
			order.scatter(pass.output(), chunk, rows, first);
		}
		return rows;
	}
}
