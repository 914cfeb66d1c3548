package io.wearline.synth.internal.nn;

import io.wearline.synth.Rows;

/**
 * The encoder's forward pass alone, without the reparameterisation: for each row the mean and the log-variance of
 * its posterior {@code q(z|x)}. Conditional sampling draws its proposals from these posteriors. Works in chunks of
 * a fixed number of rows with buffers allocated once.
 */
final class LatentEncoder {

	/** Rows per chunk, as the sampler's. */
	static final int CHUNK = 2048;

	private final Parameters parameters;
	private final ColumnOrder order;
	private final int width;
	private final int embedding;
	private final float[] x;
	private final NativeMatrix xNative;
	private final float[][] hidden;
	private final NativeMatrix[] hiddenNative;
	private final float[] heads;
	private final NativeMatrix headsNative;

	LatentEncoder(Parameters parameters, ColumnOrder order) {
		this.parameters = parameters;
		this.order = order;
		this.width = order.width();
		this.embedding = parameters.heads().out() / 2;
		x = new float[CHUNK * width];
		xNative = NativeMatrix.zeros(CHUNK, width);
		Dense[] layers = parameters.encoder();
		hidden = new float[layers.length][];
		hiddenNative = new NativeMatrix[layers.length];
		for (int i = 0; i < layers.length; i++) {
			hidden[i] = new float[CHUNK * layers[i].out()];
			hiddenNative[i] = NativeMatrix.zeros(CHUNK, layers[i].out());
		}
		heads = new float[CHUNK * 2 * embedding];
		headsNative = NativeMatrix.zeros(CHUNK, 2 * embedding);
	}

	/**
	 * The posteriors of {@code data}'s rows (layout order): a row of {@code 2 * embedding} values per data row, the
	 * means first, then the log-variances.
	 */
	Rows encode(Rows data) {
		Rows posteriors = Rows.zeros(data.count(), 2 * embedding);
		int[] all = new int[data.count()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		float[] values = parameters.values();
		for (int first = 0; first < data.count(); first += CHUNK) {
			int rows = Math.min(CHUNK, data.count() - first);
			java.util.Arrays.fill(x, 0f);
			order.gather(data, all, first, rows, x);
			xNative.write(x, x.length);
			NativeMatrix input = xNative;
			Dense[] layers = parameters.encoder();
			for (int i = 0; i < layers.length; i++) {
				hiddenNative[i].product(input, false, layers[i].weight(), false);
				hiddenNative[i].read(hidden[i], hidden[i].length);
				Elementwise.addBiasRelu(hidden[i], CHUNK, layers[i].out(), values, layers[i].biasOffset());
				hiddenNative[i].write(hidden[i], hidden[i].length);
				input = hiddenNative[i];
			}
			Dense headLayer = parameters.heads();
			headsNative.product(input, false, headLayer.weight(), false);
			headsNative.read(heads, heads.length);
			Elementwise.addBias(heads, CHUNK, 2 * embedding, values, headLayer.biasOffset());
			System.arraycopy(heads, 0, posteriors.values(), first * 2 * embedding, rows * 2 * embedding);
		}
		return posteriors;
	}
}
