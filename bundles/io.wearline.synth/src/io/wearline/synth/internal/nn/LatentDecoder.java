package io.wearline.synth.internal.nn;

import java.util.SplittableRandom;

import io.wearline.synth.Rows;

/**
 * The decoder's pass from given latent codes, activated as the sampler does (each scalar column
 * {@code tanh(output)} plus Gaussian noise with its learnt standard deviation, each softmax group as its
 * probabilities). The sampler draws its codes from the prior; conditional sampling draws them from a proposal and
 * weighs them, so it gives the codes here. Works in chunks of a fixed number of rows with buffers allocated once.
 */
final class LatentDecoder {

	/** Rows per chunk, as the sampler's. */
	static final int CHUNK = 2048;

	private final Parameters parameters;
	private final ColumnOrder order;
	private final int width;
	private final int embedding;
	private final int[] groups;
	private final float[] z;
	private final NativeMatrix zNative;
	private final float[][] decoder;
	private final NativeMatrix[] decoderNative;
	private final float[] out;
	private final NativeMatrix outNative;

	LatentDecoder(Parameters parameters, ColumnOrder order) {
		this.parameters = parameters;
		this.order = order;
		this.width = order.width();
		this.embedding = parameters.heads().out() / 2;
		this.groups = order.groups();
		z = new float[CHUNK * embedding];
		zNative = NativeMatrix.zeros(CHUNK, embedding);
		Dense[] layers = parameters.decoder();
		decoder = new float[layers.length][];
		decoderNative = new NativeMatrix[layers.length];
		for (int i = 0; i < layers.length; i++) {
			decoder[i] = new float[CHUNK * layers[i].out()];
			decoderNative[i] = NativeMatrix.zeros(CHUNK, layers[i].out());
		}
		out = new float[CHUNK * width];
		outNative = NativeMatrix.zeros(CHUNK, width);
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
		Rows rows = Rows.zeros(count, width);
		SplittableRandom streams = new SplittableRandom(seed);
		for (int first = 0; first < count; first += CHUNK) {
			SplittableRandom random = streams.split();
			int chunk = Math.min(CHUNK, count - first);
			java.util.Arrays.fill(z, 0f);
			System.arraycopy(latent, first * embedding, z, 0, chunk * embedding);
			decodeChunk();
			activate(random, chunk);
			order.scatter(out, chunk, rows, first);
		}
		return rows;
	}

	private void decodeChunk() {
		float[] values = parameters.values();
		zNative.write(z, z.length);
		NativeMatrix input = zNative;
		Dense[] layers = parameters.decoder();
		for (int i = 0; i < layers.length; i++) {
			decoderNative[i].product(input, false, layers[i].weight(), false);
			decoderNative[i].read(decoder[i], decoder[i].length);
			Elementwise.addBiasRelu(decoder[i], CHUNK, layers[i].out(), values, layers[i].biasOffset());
			decoderNative[i].write(decoder[i], decoder[i].length);
			input = decoderNative[i];
		}
		Dense output = parameters.output();
		outNative.product(input, false, output.weight(), false);
		outNative.read(out, out.length);
		Elementwise.addBias(out, CHUNK, width, values, output.biasOffset());
	}

	private void activate(SplittableRandom random, int rows) {
		float[] values = parameters.values();
		int sigmaOffset = parameters.sigmaOffset();
		int scalars = parameters.scalars();
		for (int r = 0; r < rows; r++) {
			int row = r * width;
			for (int s = 0; s < scalars; s++) {
				out[row + s] = (float) (Math.tanh(out[row + s]) + values[sigmaOffset + s] * random.nextGaussian());
			}
			int start = row + scalars;
			for (int size : groups) {
				softmax(out, start, size);
				start += size;
			}
		}
	}

	private static void softmax(float[] a, int start, int size) {
		float max = Float.NEGATIVE_INFINITY;
		for (int j = start; j < start + size; j++) {
			max = Math.max(max, a[j]);
		}
		float sum = 0;
		for (int j = start; j < start + size; j++) {
			a[j] = (float) Math.exp(a[j] - max);
			sum += a[j];
		}
		float inverse = 1f / sum;
		for (int j = start; j < start + size; j++) {
			a[j] *= inverse;
		}
	}
}
