package io.wearline.data;

import java.util.BitSet;

/** The values of a {@link ColumnType#DOUBLE} column, stored in a {@code double[]}; a missing row reads as NaN. */
public final class DoubleValues extends ColumnValues {
	private final double[] values;

	DoubleValues(double[] values, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.values = values;
	}

	@Override
	public ColumnType type() {
		return ColumnType.DOUBLE;
	}

	/** The value in this row (0-based); NaN when the row is missing (see {@link #isMissing(int)}). */
	public double get(int row) {
		return values[offset + checked(row)];
	}

	/** A copy of the values of all rows, missing rows as NaN. */
	public double[] toArray() {
		return java.util.Arrays.copyOfRange(values, offset, offset + length);
	}

	@Override
	public Object value(int row) {
		return isMissing(row) ? null : get(row);
	}

	@Override
	public DoubleValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new DoubleValues(values, offset + fromRow, toRow - fromRow, missingBits());
	}
}
