package io.wearline.synth.transform;

/** How the data transformer treats a column, decided when it is fitted. */
public enum Treatment {
	/**
	 * Numbers with many distinct values: mode-specific normalisation. A scalar span (the value's place in its mode,
	 * (x - mean) / (4 std) in [-0.99, 0.99]) and a softmax span over the modes of a variational Gaussian mixture.
	 */
	CONTINUOUS,
	/** Numbers with few distinct values (at most the discrete limit): one-hot over the values seen. */
	DISCRETE,
	/** Categories, text and booleans: one-hot over the labels seen. */
	CATEGORICAL,
	/** One value in every row that has one: not given to the network, reproduced exactly. */
	CONSTANT,
	/**
	 * Values that differ only by noise far below their magnitude (relative standard deviation below the
	 * near-constant tolerance): not given to the network; the values seen are drawn again at their frequencies.
	 */
	NEAR_CONSTANT,
	/** No value in any row: not given to the network, reproduced as missing in every row. */
	ALL_MISSING;

	/** Whether the network learns the column's values (missing-value indicators aside). */
	public boolean isLearned() {
		return this == CONTINUOUS || this == DISCRETE || this == CATEGORICAL;
	}
}
