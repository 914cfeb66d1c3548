package io.wearline.synth.internal.nn;

import java.util.SplittableRandom;

import io.wearline.synth.Rows;

/**
 * Draws rows from a trained decoder as CTGAN's TVAE does: latent codes from a standard normal distribution
 * through the decoder; each scalar column as {@code tanh(output)} plus Gaussian noise with the column's learnt
 * standard deviation (CTGAN adds it in its inverse transform), each softmax group as its probabilities. Works in
 * chunks of a fixed number of rows with buffers allocated once.
 */
final class Sampler {

	/** Rows per chunk: large enough for efficient matrix products, small enough to keep the buffers at a few MB. */
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

	Sampler(Parameters parameters, ColumnOrder order) {
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
	 * {@code count} rows in layout order, from {@code seed}. Each chunk draws from its own stream, split off the
	 * seed's: the rows of a chunk do not depend on how many rows follow, so a smaller sample is the start of a
	 * larger one, and chunks could be drawn in parallel.
	 */
	Rows sample(int count, long seed) {
		Rows rows = Rows.zeros(count, width);
		SplittableRandom streams = new SplittableRandom(seed);
		for (int first = 0; first < count; first += CHUNK) {
			SplittableRandom random = streams.split();
			// the last chunk computes a full chunk too: the matrices have a fixed shape, the extra rows are dropped
			decode(random);
			activate(random, Math.min(CHUNK, count - first));
			order.scatter(out, Math.min(CHUNK, count - first), rows, first);
		}
		return rows;
	}

	private void decode(SplittableRandom random) {
		float[] values = parameters.values();
		for (int i = 0; i < z.length; i++) {
			z[i] = (float) random.nextGaussian();
		}
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
