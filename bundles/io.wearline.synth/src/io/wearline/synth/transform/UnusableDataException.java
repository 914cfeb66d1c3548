package io.wearline.synth.transform;

/**
 * Thrown when the data transformer cannot use a table: no rows, an infinite value, a column of too many
 * categories, a table whose schema differs from the one it was fitted on. The message names the column (and the
 * row where there is one), says what is wrong and what to change.
 */
public final class UnusableDataException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;
	private final String column;
	private final int row;

	/**
	 * An exception about the table as a whole.
	 *
	 * @param message what is wrong and what to change
	 */
	public UnusableDataException(String message) {
		this(message, null, -1);
	}

	/**
	 * An exception about a column, or about a row of it.
	 *
	 * @param message what is wrong and what to change, naming the column and row
	 * @param column the column's name, or null
	 * @param row the row (0-based), or -1
	 */
	public UnusableDataException(String message, String column, int row) {
		super(message);
		this.column = column;
		this.row = row;
	}

	/** The name of the column at fault, or null when the table as a whole is. */
	public String column() {
		return column;
	}

	/** The row at fault (0-based), or -1 when there is none. */
	public int row() {
		return row;
	}
}
