package io.wearline.synth;

/**
 * A dense matrix of {@code float}s stored row by row: the network's numeric form of a table, from the data
 * transformer to the network and back. Rows are the table's rows; columns follow a {@link Layout}.
 *
 * @param count the number of rows
 * @param width the number of columns
 * @param values the values, {@code values[row * width + column]}
 */
public record Rows(int count, int width, float[] values) {
	/** Checks that the values fill the matrix. */
	public Rows {
		if (count < 0 || width < 0 || (long) count * width != values.length) {
			throw new IllegalArgumentException(count + " rows of " + width + " columns need " + (long) count * width
					+ " values, not " + values.length);
		}
	}

	/** A matrix of zeros. */
	public static Rows zeros(int count, int width) {
		return new Rows(count, width, new float[Math.multiplyExact(count, width)]);
	}

	/** The value at a row and column. */
	public float get(int row, int column) {
		return values[row * width + column];
	}

	/** Sets the value at a row and column. */
	public void set(int row, int column, float value) {
		values[row * width + column] = value;
	}
}
