package io.wearline.synth.transform;

/**
 * How the inverse transform turns a softmax span's probabilities (a category, a continuous column's mode, a
 * missing-value indicator) into one choice.
 */
public enum SoftmaxChoice {
	/**
	 * Draw the choice from the probabilities with the caller's random generator: a category the network gives 1%
	 * comes back in about 1% of the rows. The default.
	 */
	SAMPLE,
	/** Take the most probable choice (the reference implementation's way); rare categories then vanish. */
	ARGMAX
}
