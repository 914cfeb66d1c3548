package io.wearline.synth.internal.nn;

import java.util.SplittableRandom;

/**
 * The forward and backward pass of one batch of a fixed number of rows, with every buffer allocated once: for
 * each activation a heap array (element-wise steps) and a native matrix (matrix products). The hidden layers use
 * ReLU; the heads give the mean and log-variance of the latent code, sampled with the reparameterisation
 * {@code z = mu + eps * exp(logvar / 2)}; the loss is {@code lossFactor * reconstruction / rows + KL / rows}, as in
 * CTGAN's TVAE.
 */
final class Pass {

	private final Parameters parameters;
	private final ReconstructionLoss reconstruction;
	private final int rows;
	private final int width;
	private final int embedding;

	private final float[] x;
	private final NativeMatrix xNative;
	private final float[][] encoder;
	private final NativeMatrix[] encoderNative;
	private final float[] heads;
	private final NativeMatrix headsNative;
	private final float[] noise;
	private final float[] deviation;
	private final float[] z;
	private final NativeMatrix zNative;
	private final float[][] decoder;
	private final NativeMatrix[] decoderNative;
	private final float[] out;
	private final NativeMatrix outNative;

	private final float[] outGradient;
	private final NativeMatrix outGradientNative;
	private final float[][] decoderGradient;
	private final NativeMatrix[] decoderGradientNative;
	private final float[] zGradient;
	private final NativeMatrix zGradientNative;
	private final float[] headsGradient;
	private final NativeMatrix headsGradientNative;
	private final float[][] encoderGradient;
	private final NativeMatrix[] encoderGradientNative;

	private double klDivergence;

	/** The buffers for batches of {@code rows} rows of a network with these parameters. */
	Pass(Parameters parameters, ColumnOrder order, int rows) {
		this.parameters = parameters;
		this.reconstruction = new ReconstructionLoss(order);
		this.rows = rows;
		this.width = order.width();
		this.embedding = parameters.heads().out() / 2;
		Dense[] encoderLayers = parameters.encoder();
		Dense[] decoderLayers = parameters.decoder();
		x = new float[rows * width];
		xNative = NativeMatrix.zeros(rows, width);
		encoder = new float[encoderLayers.length][];
		encoderNative = new NativeMatrix[encoderLayers.length];
		encoderGradient = new float[encoderLayers.length][];
		encoderGradientNative = new NativeMatrix[encoderLayers.length];
		for (int i = 0; i < encoderLayers.length; i++) {
			int columns = encoderLayers[i].out();
			encoder[i] = new float[rows * columns];
			encoderNative[i] = NativeMatrix.zeros(rows, columns);
			encoderGradient[i] = new float[rows * columns];
			encoderGradientNative[i] = NativeMatrix.zeros(rows, columns);
		}
		heads = new float[rows * 2 * embedding];
		headsNative = NativeMatrix.zeros(rows, 2 * embedding);
		headsGradient = new float[rows * 2 * embedding];
		headsGradientNative = NativeMatrix.zeros(rows, 2 * embedding);
		noise = new float[rows * embedding];
		deviation = new float[rows * embedding];
		z = new float[rows * embedding];
		zNative = NativeMatrix.zeros(rows, embedding);
		zGradient = new float[rows * embedding];
		zGradientNative = NativeMatrix.zeros(rows, embedding);
		decoder = new float[decoderLayers.length][];
		decoderNative = new NativeMatrix[decoderLayers.length];
		decoderGradient = new float[decoderLayers.length][];
		decoderGradientNative = new NativeMatrix[decoderLayers.length];
		for (int i = 0; i < decoderLayers.length; i++) {
			int columns = decoderLayers[i].out();
			decoder[i] = new float[rows * columns];
			decoderNative[i] = NativeMatrix.zeros(rows, columns);
			decoderGradient[i] = new float[rows * columns];
			decoderGradientNative[i] = NativeMatrix.zeros(rows, columns);
		}
		out = new float[rows * width];
		outNative = NativeMatrix.zeros(rows, width);
		outGradient = new float[rows * width];
		outGradientNative = NativeMatrix.zeros(rows, width);
	}

	/** The rows of a batch. */
	int rows() {
		return rows;
	}

	/** The batch's input, {@code rows x width} in network order, to be filled before {@link #forward}. */
	float[] input() {
		return x;
	}

	/**
	 * Runs the batch in {@link #input()} through the network and computes the loss and, unless {@code lossOnly},
	 * the gradient of every parameter into {@link Parameters#gradients()}.
	 *
	 * @param random the source of the reparameterisation noise
	 * @param lossFactor the weight of the reconstruction loss
	 * @param lossOnly whether to skip the backward pass
	 * @return the batch's loss
	 */
	double run(SplittableRandom random, double lossFactor, boolean lossOnly) {
		forward(random);
		float scale = (float) (lossFactor / rows);
		double loss = reconstruction.apply(x, out, rows, parameters.values(), parameters.sigmaOffset(), outGradient,
				parameters.gradients(), scale) * lossFactor / rows + klDivergence / rows;
		if (!lossOnly && Double.isFinite(loss)) {
			backward();
		}
		return loss;
	}

	private void forward(SplittableRandom random) {
		float[] values = parameters.values();
		xNative.write(x, rows * width);
		NativeMatrix input = xNative;
		Dense[] encoderLayers = parameters.encoder();
		for (int i = 0; i < encoderLayers.length; i++) {
			input = hidden(encoderLayers[i], input, encoderNative[i], encoder[i], values);
		}
		Dense headLayer = parameters.heads();
		headsNative.product(input, false, headLayer.weight(), false);
		headsNative.read(heads, heads.length);
		Elementwise.addBias(heads, rows, 2 * embedding, values, headLayer.biasOffset());
		reparameterise(random);
		zNative.write(z, z.length);
		input = zNative;
		Dense[] decoderLayers = parameters.decoder();
		for (int i = 0; i < decoderLayers.length; i++) {
			input = hidden(decoderLayers[i], input, decoderNative[i], decoder[i], values);
		}
		Dense outputLayer = parameters.output();
		outNative.product(input, false, outputLayer.weight(), false);
		outNative.read(out, out.length);
		Elementwise.addBias(out, rows, width, values, outputLayer.biasOffset());
	}

	/** A ReLU layer: product in native memory, bias and ReLU on the heap, the result back in native memory. */
	private NativeMatrix hidden(Dense layer, NativeMatrix input, NativeMatrix outputNative, float[] output,
			float[] values) {
		outputNative.product(input, false, layer.weight(), false);
		outputNative.read(output, output.length);
		Elementwise.addBiasRelu(output, rows, layer.out(), values, layer.biasOffset());
		outputNative.write(output, output.length);
		return outputNative;
	}

	/** {@code z = mu + eps * exp(logvar / 2)}; also the KL divergence {@code -1/2 sum(1 + logvar - mu^2 - e^logvar)}. */
	private void reparameterise(SplittableRandom random) {
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (float) random.nextGaussian();
		}
		double kl = 0;
		for (int r = 0; r < rows; r++) {
			int head = r * 2 * embedding;
			int code = r * embedding;
			for (int j = 0; j < embedding; j++) {
				float mu = heads[head + j];
				float logVariance = heads[head + embedding + j];
				float sd = (float) Math.exp(0.5f * logVariance);
				deviation[code + j] = sd;
				z[code + j] = mu + noise[code + j] * sd;
				kl += 1 + logVariance - mu * mu - sd * sd;
			}
		}
		klDivergence = -0.5 * kl;
	}

	private void backward() {
		float[] gradients = parameters.gradients();
		outGradientNative.write(outGradient, outGradient.length);
		Dense[] decoderLayers = parameters.decoder();
		int m = decoderLayers.length;
		// output layer, then the decoder's hidden layers from the last; the first one's input is z
		NativeMatrix gradientNative = outGradientNative;
		float[] gradient = outGradient;
		Dense layer = parameters.output();
		for (int i = m; i >= 0; i--) {
			NativeMatrix inputNative = i == 0 ? zNative : decoderNative[i - 1];
			NativeMatrix inputGradientNative = i == 0 ? zGradientNative : decoderGradientNative[i - 1];
			float[] inputGradient = i == 0 ? zGradient : decoderGradient[i - 1];
			weightAndBiasGradient(layer, inputNative, gradientNative, gradient, gradients);
			inputGradientNative.product(gradientNative, false, layer.weight(), true);
			inputGradientNative.read(inputGradient, inputGradient.length);
			if (i > 0) {
				Elementwise.reluBackward(inputGradient, decoder[i - 1], inputGradient.length);
				inputGradientNative.write(inputGradient, inputGradient.length);
				layer = decoderLayers[i - 1];
			}
			gradientNative = inputGradientNative;
			gradient = inputGradient;
		}
		headsGradient();
		headsGradientNative.write(headsGradient, headsGradient.length);
		// heads, then the encoder's hidden layers from the last; the first one's input is x, whose gradient is not needed
		Dense[] encoderLayers = parameters.encoder();
		int k = encoderLayers.length;
		gradientNative = headsGradientNative;
		gradient = headsGradient;
		layer = parameters.heads();
		for (int i = k; i >= 0; i--) {
			NativeMatrix inputNative = i == 0 ? xNative : encoderNative[i - 1];
			weightAndBiasGradient(layer, inputNative, gradientNative, gradient, gradients);
			if (i > 0) {
				NativeMatrix inputGradientNative = encoderGradientNative[i - 1];
				float[] inputGradient = encoderGradient[i - 1];
				inputGradientNative.product(gradientNative, false, layer.weight(), true);
				inputGradientNative.read(inputGradient, inputGradient.length);
				Elementwise.reluBackward(inputGradient, encoder[i - 1], inputGradient.length);
				inputGradientNative.write(inputGradient, inputGradient.length);
				layer = encoderLayers[i - 1];
				gradientNative = inputGradientNative;
				gradient = inputGradient;
			}
		}
		parameters.pullWeightGradients();
	}

	private void weightAndBiasGradient(Dense layer, NativeMatrix input, NativeMatrix gradientNative, float[] gradient,
			float[] gradients) {
		layer.weightGradient().product(input, true, gradientNative, false);
		Elementwise.columnSums(gradient, rows, layer.out(), gradients, layer.biasOffset());
	}

	/**
	 * The gradient for the heads' outputs: through z ({@code dz} and {@code dz * eps * sd / 2}) and through the KL
	 * divergence ({@code mu / rows} and {@code (e^logvar - 1) / (2 rows)}).
	 */
	private void headsGradient() {
		float perRow = 1f / rows;
		for (int r = 0; r < rows; r++) {
			int head = r * 2 * embedding;
			int code = r * embedding;
			for (int j = 0; j < embedding; j++) {
				float dz = zGradient[code + j];
				float sd = deviation[code + j];
				headsGradient[head + j] = dz + heads[head + j] * perRow;
				headsGradient[head + embedding + j] = 0.5f * (dz * noise[code + j] * sd + (sd * sd - 1) * perRow);
			}
		}
	}
}
