package io.wearline.data;

import java.util.BitSet;

/** The values of a {@link ColumnType#INT} column, stored in a {@code int[]}; a missing row reads as 0. */
public final class IntValues extends ColumnValues {
	private final int[] values;

	IntValues(int[] values, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.values = values;
	}

	@Override
	public ColumnType type() {
		return ColumnType.INT;
	}

	/** The value in this row (0-based); 0 when the row is missing (see {@link #isMissing(int)}). */
	public int get(int row) {
		return values[offset + checked(row)];
	}

	/** A copy of the values of all rows, missing rows as 0. */
	public int[] toArray() {
		return java.util.Arrays.copyOfRange(values, offset, offset + length);
	}

	@Override
	public Object value(int row) {
		return isMissing(row) ? null : get(row);
	}

	@Override
	public IntValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new IntValues(values, offset + fromRow, toRow - fromRow, missingBits());
	}
}
