package io.wearline.data;

import java.util.BitSet;

/** The values of a {@link ColumnType#STRING} column; a missing row reads as null. */
public final class StringValues extends ColumnValues {
	private final String[] values;

	StringValues(String[] values, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.values = values;
	}

	@Override
	public ColumnType type() {
		return ColumnType.STRING;
	}

	/** The text in this row (0-based), null when the row is missing. */
	public String get(int row) {
		return values[offset + checked(row)];
	}

	@Override
	public Object value(int row) {
		return get(row);
	}

	@Override
	public StringValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new StringValues(values, offset + fromRow, toRow - fromRow, missingBits());
	}
}
