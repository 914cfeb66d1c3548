package io.wearline.synth.transform;

import java.util.Map;

/**
 * How the data transformer is fitted. {@link #defaults()} gives the reference's settings (up to 10 modes, weight
 * threshold 0.005) and Wearline's additions; the {@code with...} methods change one setting.
 *
 * @param maxModes the most modes a continuous column's mixture may keep (reference: 10)
 * @param weightThreshold the weight a mode needs to be kept (reference: 0.005)
 * @param mixtureSampleSize the most values of a column the mixture is fitted on; a larger column is fitted on a
 *            random subsample of this size, drawn with the seed
 * @param discreteLimit a numeric column (DOUBLE, LONG or INT) with at most this many distinct values is
 *            {@link Treatment#DISCRETE}, one-hot over its values; 0 turns this off
 * @param categoryLimit the most distinct labels a STRING or CATEGORICAL column may have; more are refused
 * @param nearConstantTolerance a numeric column whose standard deviation is below this fraction of its largest
 *            magnitude is {@link Treatment#NEAR_CONSTANT}
 * @param seed the seed of the subsamples and the mixtures' starts: the same table, options and seed give the
 *            same transformer
 * @param bounds ranges by column name that generated values of continuous columns must stay in, on top of the
 *            fitted data's own range (see {@link ValueBounds#ofSensors})
 */
public record TransformerOptions(int maxModes, double weightThreshold, int mixtureSampleSize, int discreteLimit,
		int categoryLimit, double nearConstantTolerance, long seed, Map<String, ValueBounds> bounds) {
	/** The reference's number of modes. */
	public static final int MAX_MODES = 10;
	/** The reference's weight threshold. */
	public static final double WEIGHT_THRESHOLD = 0.005;
	/** The default size of the mixtures' subsample. */
	public static final int MIXTURE_SAMPLE_SIZE = 20_000;
	/** The default discrete limit. */
	public static final int DISCRETE_LIMIT = 20;
	/** The default category limit. */
	public static final int CATEGORY_LIMIT = 1_000;
	/** The default near-constant tolerance. */
	public static final double NEAR_CONSTANT_TOLERANCE = 1e-9;

	/** Checks the settings. */
	public TransformerOptions {
		if (maxModes < 1 || !(weightThreshold >= 0 && weightThreshold < 1) || mixtureSampleSize < 2
				|| discreteLimit < 0 || categoryLimit < 1 || !(nearConstantTolerance >= 0)) {
			throw new IllegalArgumentException("transformer options need maxModes >= 1, 0 <= weightThreshold < 1, "
					+ "mixtureSampleSize >= 2, discreteLimit >= 0, categoryLimit >= 1 and nearConstantTolerance >= 0");
		}
		bounds = Map.copyOf(bounds);
	}

	/** The defaults, seed 0, no bounds. */
	public static TransformerOptions defaults() {
		return new TransformerOptions(MAX_MODES, WEIGHT_THRESHOLD, MIXTURE_SAMPLE_SIZE, DISCRETE_LIMIT,
				CATEGORY_LIMIT, NEAR_CONSTANT_TOLERANCE, 0, Map.of());
	}

	/** These options with another seed. */
	public TransformerOptions withSeed(long newSeed) {
		return new TransformerOptions(maxModes, weightThreshold, mixtureSampleSize, discreteLimit, categoryLimit,
				nearConstantTolerance, newSeed, bounds);
	}

	/** These options with other bounds. */
	public TransformerOptions withBounds(Map<String, ValueBounds> newBounds) {
		return new TransformerOptions(maxModes, weightThreshold, mixtureSampleSize, discreteLimit, categoryLimit,
				nearConstantTolerance, seed, newBounds);
	}

	/** These options with another mixture subsample size. */
	public TransformerOptions withMixtureSampleSize(int size) {
		return new TransformerOptions(maxModes, weightThreshold, size, discreteLimit, categoryLimit,
				nearConstantTolerance, seed, bounds);
	}

	/** These options with another discrete limit. */
	public TransformerOptions withDiscreteLimit(int limit) {
		return new TransformerOptions(maxModes, weightThreshold, mixtureSampleSize, limit, categoryLimit,
				nearConstantTolerance, seed, bounds);
	}

	/** These options with another category limit. */
	public TransformerOptions withCategoryLimit(int limit) {
		return new TransformerOptions(maxModes, weightThreshold, mixtureSampleSize, discreteLimit, limit,
				nearConstantTolerance, seed, bounds);
	}

	/** These options with another number of modes. */
	public TransformerOptions withMaxModes(int modes) {
		return new TransformerOptions(modes, weightThreshold, mixtureSampleSize, discreteLimit, categoryLimit,
				nearConstantTolerance, seed, bounds);
	}

	/** The bounds of a column: the given ones, or unbounded. */
	public ValueBounds boundsOf(String column) {
		return bounds.getOrDefault(column, ValueBounds.unbounded());
	}
}
