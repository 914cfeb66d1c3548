package io.wearline.synth;

/**
 * A run of adjacent columns of the network's numeric form that one output activation covers: a continuous
 * column's normalised scalar (width 1, {@link Kind#SCALAR}: tanh on the decoder's side, Gaussian reconstruction
 * loss with a learnable standard deviation) or a one-hot group (a mode of a continuous column, a category, a
 * missing-value indicator: {@link Kind#SOFTMAX}, cross-entropy loss).
 *
 * @param start the first column of the span
 * @param width the number of columns; 1 for a scalar
 * @param kind how the network activates and scores the span
 */
public record Span(int start, int width, Kind kind) {
	/** How the network activates and scores a span. */
	public enum Kind {
		/** One column in [-1, 1]: tanh, Gaussian reconstruction loss. */
		SCALAR,
		/** A one-hot group: softmax, cross-entropy loss. */
		SOFTMAX
	}

	/** Checks the span's shape. */
	public Span {
		if (start < 0 || width < 1 || (kind == Kind.SCALAR && width != 1)) {
			throw new IllegalArgumentException("a span needs start >= 0 and width >= 1 (1 for a scalar): " + start
					+ "+" + width + " " + kind);
		}
	}

	/** The column after the span's last. */
	public int end() {
		return start + width;
	}
}
