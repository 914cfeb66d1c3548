package io.wearline.synth.internal.nn;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All trainable values of a TVAE network in one heap array (so that Adam, saving and checks are single loops):
 * every layer's weights, then every layer's bias, then the scalar columns' standard deviations. The weights are
 * mirrored in native memory for the matrix products ({@link #pushWeights()}); their gradients come from there
 * ({@link #pullWeightGradients()}). The mean and log-variance heads are one layer of width {@code 2 * embedding}:
 * one matrix product instead of two, the means in its first half.
 */
final class Parameters {

	/** The initial standard deviation of every scalar column (CTGAN's {@code torch.ones(data_dim) * 0.1}). */
	static final float INITIAL_SIGMA = 0.1f;

	private final Dense[] encoder;
	private final Dense heads;
	private final Dense[] decoder;
	private final Dense output;
	private final int sigmaOffset;
	private final int scalars;
	private final int weightCount;
	private final float[] values;
	private final float[] gradients;
	private final NativeMatrix nativeWeights;
	private final NativeMatrix nativeWeightGradients;

	private Parameters(int width, int scalars, TvaeConfig config) {
		int embedding = config.embeddingDim();
		int[][] shapes = shapes(width, config);
		int weights = 0;
		int biases = 0;
		for (int[] shape : shapes) {
			weights = Math.addExact(weights, Math.multiplyExact(shape[0], shape[1]));
			biases += shape[1];
		}
		this.weightCount = weights;
		this.sigmaOffset = weights + biases;
		this.scalars = scalars;
		this.values = new float[sigmaOffset + scalars];
		this.gradients = new float[values.length];
		INDArray weightArray = Nd4j.create(DataType.FLOAT, new long[] { weights }, 'c');
		INDArray gradientArray = Nd4j.create(DataType.FLOAT, new long[] { weights }, 'c');
		this.nativeWeights = NativeMatrix.over(weightArray);
		this.nativeWeightGradients = NativeMatrix.over(gradientArray);
		Dense[] layers = new Dense[shapes.length];
		int weightOffset = 0;
		int biasOffset = weights;
		for (int i = 0; i < shapes.length; i++) {
			int in = shapes[i][0];
			int out = shapes[i][1];
			layers[i] = new Dense(in, out, weightOffset, biasOffset, view(weightArray, weightOffset, in, out),
					view(gradientArray, weightOffset, in, out));
			weightOffset += in * out;
			biasOffset += out;
		}
		int k = config.compressDims().size();
		this.encoder = java.util.Arrays.copyOfRange(layers, 0, k);
		this.heads = layers[k];
		this.decoder = java.util.Arrays.copyOfRange(layers, k + 1, layers.length - 1);
		this.output = layers[layers.length - 1];
		if (heads.out() != 2 * embedding) {
			throw new IllegalStateException("heads of width " + heads.out());
		}
	}

	/** The parameters of a network over {@code order}'s columns, all zero. */
	static Parameters of(ColumnOrder order, TvaeConfig config) {
		return new Parameters(order.width(), order.scalars(), config);
	}

	/** {in, out} of every layer in order: encoder, heads, decoder, output. */
	private static int[][] shapes(int width, TvaeConfig config) {
		int k = config.compressDims().size();
		int m = config.decompressDims().size();
		int[][] shapes = new int[k + m + 2][];
		int in = width;
		for (int i = 0; i < k; i++) {
			shapes[i] = new int[] { in, config.compressDims().get(i) };
			in = shapes[i][1];
		}
		shapes[k] = new int[] { in, 2 * config.embeddingDim() };
		in = config.embeddingDim();
		for (int i = 0; i < m; i++) {
			shapes[k + 1 + i] = new int[] { in, config.decompressDims().get(i) };
			in = shapes[k + 1 + i][1];
		}
		shapes[k + m + 1] = new int[] { in, width };
		return shapes;
	}

	private static NativeMatrix view(INDArray flat, int offset, int rows, int columns) {
		return NativeMatrix.over(flat.get(NDArrayIndex.interval(offset, offset + rows * columns)).reshape('c', rows,
				columns));
	}

	/**
	 * PyTorch's initialisation of a linear layer (weights and bias uniform in +-1/sqrt(fan-in)) and the initial
	 * standard deviations, from {@code seed}.
	 */
	void initialise(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (Dense layer : layers()) {
			float bound = (float) (1 / Math.sqrt(layer.in()));
			for (int i = 0; i < layer.in() * layer.out(); i++) {
				values[layer.weightOffset() + i] = (float) random.nextDouble(-bound, bound);
			}
			for (int i = 0; i < layer.out(); i++) {
				values[layer.biasOffset() + i] = (float) random.nextDouble(-bound, bound);
			}
		}
		java.util.Arrays.fill(values, sigmaOffset, values.length, INITIAL_SIGMA);
		pushWeights();
	}

	/** Every layer in order: encoder, heads, decoder, output. */
	Dense[] layers() {
		Dense[] all = new Dense[encoder.length + decoder.length + 2];
		System.arraycopy(encoder, 0, all, 0, encoder.length);
		all[encoder.length] = heads;
		System.arraycopy(decoder, 0, all, encoder.length + 1, decoder.length);
		all[all.length - 1] = output;
		return all;
	}

	Dense[] encoder() {
		return encoder;
	}

	Dense heads() {
		return heads;
	}

	Dense[] decoder() {
		return decoder;
	}

	Dense output() {
		return output;
	}

	/** Where the standard deviations of the scalar columns start in {@link #values()}. */
	int sigmaOffset() {
		return sigmaOffset;
	}

	/** The number of scalar columns, each with a standard deviation. */
	int scalars() {
		return scalars;
	}

	/** Every trainable value; change them through {@link #pushWeights()} afterwards. */
	float[] values() {
		return values;
	}

	/** The gradient of the loss for every value, in the same places. */
	float[] gradients() {
		return gradients;
	}

	/** The number of trainable values. */
	int count() {
		return values.length;
	}

	/** The number of weights (the first values, mirrored in native memory). */
	int weightCount() {
		return weightCount;
	}

	/** Copies the weights from the heap to native memory, after every change of {@link #values()}. */
	void pushWeights() {
		nativeWeights.write(values, weightCount);
	}

	/** Copies the weight gradients of the last backward pass from native memory into {@link #gradients()}. */
	void pullWeightGradients() {
		nativeWeightGradients.read(gradients, weightCount);
	}

	/** Keeps every standard deviation in [0.01, 1], as CTGAN does after each step. */
	void clampSigmas() {
		for (int i = sigmaOffset; i < values.length; i++) {
			values[i] = Math.min(1f, Math.max(0.01f, values[i]));
		}
	}

	/** The index of the first value that is NaN or infinite, or -1. */
	int firstNonFinite() {
		for (int i = 0; i < values.length; i++) {
			if (!Float.isFinite(values[i])) {
				return i;
			}
		}
		return -1;
	}
}
