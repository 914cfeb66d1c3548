package io.wearline.synth.internal.nn;

/**
 * The decoder's pass over one chunk of latent codes, with its buffers (a heap array and a native matrix per
 * activation, allocated once): the codes go in {@link #codes()}, {@link #forward()} runs the layers, and
 * {@link #activate} turns the output into what the data transformer reads back — each scalar column
 * {@code tanh(output)} plus Gaussian noise with the column's learnt standard deviation (CTGAN adds it in its
 * inverse transform), each softmax group its probabilities. The prior's sampler and the decoder of given codes
 * both run it, so both draw rows the same way and at the same speed. Not thread-safe: one pass per thread.
 */
final class DecoderPass {

	private final Parameters parameters;
	private final int width;
	private final int rows;
	private final int scalars;
	private final int[] groups;
	private final float[] z;
	private final NativeMatrix zNative;
	private final float[][] decoder;
	private final NativeMatrix[] decoderNative;
	private final float[] out;
	private final NativeMatrix outNative;

	/** A pass over chunks of {@code rows} codes of the parameters' decoder, its columns in {@code order}. */
	DecoderPass(Parameters parameters, ColumnOrder order, int rows) {
		this.parameters = parameters;
		this.width = order.width();
		this.rows = rows;
		this.scalars = parameters.scalars();
		this.groups = order.groups();
		int embedding = parameters.heads().out() / 2;
		z = new float[rows * embedding];
		zNative = NativeMatrix.zeros(rows, embedding);
		Dense[] layers = parameters.decoder();
		decoder = new float[layers.length][];
		decoderNative = new NativeMatrix[layers.length];
		for (int i = 0; i < layers.length; i++) {
			decoder[i] = new float[rows * layers[i].out()];
			decoderNative[i] = NativeMatrix.zeros(rows, layers[i].out());
		}
		out = new float[rows * width];
		outNative = NativeMatrix.zeros(rows, width);
	}

	/** The chunk's latent codes, row by row: fill them before {@link #forward()}. */
	float[] codes() {
		return z;
	}

	/** The chunk's activated output, row by row in the network's column order, after {@link #activate}. */
	float[] output() {
		return out;
	}

	/**
	 * Runs the decoder's layers over the whole chunk (the matrices have a fixed shape; rows beyond those used are
	 * computed and ignored).
	 */
	void forward() {
		float[] values = parameters.values();
		zNative.write(z, z.length);
		NativeMatrix input = zNative;
		Dense[] layers = parameters.decoder();
		for (int i = 0; i < layers.length; i++) {
			decoderNative[i].product(input, false, layers[i].weight(), false);
			decoderNative[i].read(decoder[i], decoder[i].length);
			Elementwise.addBiasRelu(decoder[i], rows, layers[i].out(), values, layers[i].biasOffset());
			decoderNative[i].write(decoder[i], decoder[i].length);
			input = decoderNative[i];
		}
		Dense output = parameters.output();
		outNative.product(input, false, output.weight(), false);
		outNative.read(out, out.length);
		Elementwise.addBias(out, rows, width, values, output.biasOffset());
	}

	/** Activates the first {@code used} rows of the output, the scalars' noise drawn from {@code normal}. */
	void activate(NormalDraws normal, int used) {
		float[] values = parameters.values();
		int sigmaOffset = parameters.sigmaOffset();
		for (int r = 0; r < used; r++) {
			int row = r * width;
			for (int s = 0; s < scalars; s++) {
				out[row + s] = tanh(out[row + s]) + values[sigmaOffset + s] * normal.next();
			}
			int start = row + scalars;
			for (int size : groups) {
				softmax(out, start, size);
				start += size;
			}
		}
	}

	/**
	 * tanh through {@link Math#exp}, which the JIT compiles to a few instructions where {@link Math#tanh} is a
	 * library call at twice the cost: within 2e-16 of tanh (so the same float for |x| above 1e-8; below, where the
	 * network's noise swamps it, it may give 0), and +-1 where exp overflows or underflows.
	 */
	private static float tanh(float x) {
		return (float) (1 - 2 / (Math.exp(2.0 * x) + 1));
	}

	private static void softmax(float[] a, int start, int size) {
		int end = start + size;
		float max = Float.NEGATIVE_INFINITY;
		for (int j = start; j < end; j++) {
			max = Math.max(max, a[j]);
		}
		float sum = 0;
		for (int j = start; j < end; j++) {
			float e = (float) Math.exp(a[j] - max);
			a[j] = e;
			sum += e;
		}
		float inverse = 1f / sum;
		for (int j = start; j < end; j++) {
			a[j] *= inverse;
		}
	}
}
