package io.wearline.data;

import java.util.BitSet;

/** The values of a {@link ColumnType#LONG} column, stored in a {@code long[]}; a missing row reads as 0. */
public final class LongValues extends ColumnValues {
	private final long[] values;

	LongValues(long[] values, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.values = values;
	}

	@Override
	public ColumnType type() {
		return ColumnType.LONG;
	}

	/** The value in this row (0-based); 0 when the row is missing (see {@link #isMissing(int)}). */
	public long get(int row) {
		return values[offset + checked(row)];
	}

	/** A copy of the values of all rows, missing rows as 0. */
	public long[] toArray() {
		return java.util.Arrays.copyOfRange(values, offset, offset + length);
	}

	@Override
	public Object value(int row) {
		return isMissing(row) ? null : get(row);
	}

	@Override
	public LongValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new LongValues(values, offset + fromRow, toRow - fromRow, missingBits());
	}
}
