package io.wearline.synth.internal.nn;

import java.util.List;

import io.wearline.model.TrainingSpec;

/**
 * The shape and training settings of a TVAE network. The defaults are the CTGAN project's: encoder layers 128 and
 * 128, embedding 128, decoder layers 128 and 128, Adam with learning rate 1e-3 and L2 1e-5 (added to the gradient,
 * as PyTorch's {@code weight_decay}), batches of 500, reconstruction loss weighted by 2, 300 epochs.
 *
 * @param compressDims the widths of the encoder's hidden layers, in order; may be empty
 * @param embeddingDim the width of the latent code
 * @param decompressDims the widths of the decoder's hidden layers, in order; may be empty
 * @param learningRate Adam's step size
 * @param l2 the weight decay added to every gradient ({@code l2 * parameter})
 * @param batchSize the rows per training step; the last batch of an epoch may be smaller
 * @param lossFactor the weight of the reconstruction loss against the KL divergence
 * @param epochs the epochs a training runs
 */
public record TvaeConfig(List<Integer> compressDims, int embeddingDim, List<Integer> decompressDims,
		double learningRate, double l2, int batchSize, double lossFactor, int epochs) {

	/** The CTGAN project's settings. */
	public static final TvaeConfig DEFAULT = new TvaeConfig(List.of(128, 128), 128, List.of(128, 128), 1e-3, 1e-5,
			500, 2, 300);

	/** Checks every setting. */
	public TvaeConfig {
		compressDims = List.copyOf(compressDims);
		decompressDims = List.copyOf(decompressDims);
		for (int width : compressDims) {
			positive("an encoder layer's width", width);
		}
		for (int width : decompressDims) {
			positive("a decoder layer's width", width);
		}
		positive("the embedding width", embeddingDim);
		positive("the batch size", batchSize);
		positive("the number of epochs", epochs);
		if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
			throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
		}
		if (!(l2 >= 0) || Double.isInfinite(l2)) {
			throw new IllegalArgumentException("L2 must be zero or a positive number, not " + l2);
		}
		if (!(lossFactor > 0) || Double.isInfinite(lossFactor)) {
			throw new IllegalArgumentException("the loss factor must be a positive number, not " + lossFactor);
		}
	}

	/**
	 * The settings of a profile's training section: every attribute it sets replaces the default; empty layer
	 * lists mean the default layers. The loss factor is not in a profile and stays 2.
	 *
	 * @param spec the profile's training section, or {@code null} for the defaults
	 * @return the settings
	 */
	public static TvaeConfig of(TrainingSpec spec) {
		if (spec == null) {
			return DEFAULT;
		}
		return new TvaeConfig(spec.getCompressDims().isEmpty() ? DEFAULT.compressDims : spec.getCompressDims(),
				spec.getEmbeddingDim(),
				spec.getDecompressDims().isEmpty() ? DEFAULT.decompressDims : spec.getDecompressDims(),
				spec.getLearningRate(), spec.getL2(), spec.getBatchSize(), DEFAULT.lossFactor, spec.getEpochs());
	}

	/** The same settings with another number of epochs. */
	public TvaeConfig withEpochs(int count) {
		return new TvaeConfig(compressDims, embeddingDim, decompressDims, learningRate, l2, batchSize, lossFactor,
				count);
	}

	/** The same settings with another batch size. */
	public TvaeConfig withBatchSize(int rows) {
		return new TvaeConfig(compressDims, embeddingDim, decompressDims, learningRate, l2, rows, lossFactor, epochs);
	}

	private static void positive(String what, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(what + " must be at least 1, not " + value);
		}
	}
}
