package io.wearline.data;

import java.util.BitSet;

/**
 * The values of one column of a {@link Table}: a read-only view of a range of a primitive array (or of strings or
 * category codes), with a bitset that marks the missing rows. Slicing shares the arrays, so it copies nothing.
 * The subclasses give typed access without boxing, e.g. {@link DoubleValues#get(int)}.
 */
public abstract sealed class ColumnValues
		permits DoubleValues, LongValues, IntValues, BooleanValues, StringValues, CategoricalValues {
	/** The first element of the shared arrays that belongs to this view. */
	protected final int offset;
	/** How many rows this view has. */
	protected final int length;
	private final BitSet missing;

	ColumnValues(int offset, int length, BitSet missing) {
		this.offset = offset;
		this.length = length;
		// an empty bitset is stored as null so that columns without gaps pay nothing per access
		this.missing = missing == null || missing.isEmpty() ? null : missing;
	}

	/** The type of these values. */
	public abstract ColumnType type();

	/** How many rows there are. */
	public final int size() {
		return length;
	}

	/** Whether the value in this row (0-based) is missing. */
	public final boolean isMissing(int row) {
		return missing != null && missing.get(offset + checked(row));
	}

	/**
	 * The first missing row at or after {@code fromRow}, or {@link #size()} when there is none: a writer walks
	 * the runs of present values between missing rows without testing each row.
	 */
	public final int nextMissing(int fromRow) {
		if (missing == null || fromRow >= length) {
			return length;
		}
		int next = missing.nextSetBit(offset + Math.max(0, fromRow));
		return next < 0 || next >= offset + length ? length : next - offset;
	}

	/** How many rows have no value. */
	public final int missingCount() {
		return missing == null ? 0 : missing.get(offset, offset + length).cardinality();
	}

	/** The value of a row boxed ({@code Double}, {@code Long}, ..., the label of a category), or null if missing. */
	public abstract Object value(int row);

	/** The rows from {@code fromRow} (inclusive) to {@code toRow} (exclusive), sharing this view's storage. */
	public abstract ColumnValues slice(int fromRow, int toRow);

	/** The shared bitset of missing rows (indexed like the arrays, not like the rows), or null when none. */
	final BitSet missingBits() {
		return missing;
	}

	/** Checks a row index against the size of this view. */
	protected final int checked(int row) {
		if (row < 0 || row >= length) {
			throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (length - 1));
		}
		return row;
	}

	/** Checks a slice's range against the size of this view. */
	protected final void checkRange(int fromRow, int toRow) {
		if (fromRow < 0 || toRow > length || fromRow > toRow) {
			throw new IndexOutOfBoundsException("rows " + fromRow + " to " + toRow + " are outside 0.." + length);
		}
	}
}
