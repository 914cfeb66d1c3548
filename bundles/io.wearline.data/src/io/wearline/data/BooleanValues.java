package io.wearline.data;

import java.util.BitSet;

/** The values of a {@link ColumnType#BOOLEAN} column, stored in a {@code boolean[]}; a missing row reads as false. */
public final class BooleanValues extends ColumnValues {
	private final boolean[] values;

	BooleanValues(boolean[] values, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.values = values;
	}

	@Override
	public ColumnType type() {
		return ColumnType.BOOLEAN;
	}

	/** The value in this row (0-based); false when the row is missing (see {@link #isMissing(int)}). */
	public boolean get(int row) {
		return values[offset + checked(row)];
	}

	/** A copy of the values of all rows, missing rows as false. */
	public boolean[] toArray() {
		return java.util.Arrays.copyOfRange(values, offset, offset + length);
	}

	@Override
	public Object value(int row) {
		return isMissing(row) ? null : get(row);
	}

	@Override
	public BooleanValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new BooleanValues(values, offset + fromRow, toRow - fromRow, missingBits());
	}
}
