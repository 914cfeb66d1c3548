package io.wearline.data;

import java.util.Arrays;

/** Appends the values of a {@link ColumnType#LONG} column; {@link #add(long)} does not box. */
public final class LongColumnBuilder extends ColumnBuilder {
	private long[] values;

	LongColumnBuilder(Column column, int expectedRows) {
		super(column);
		values = new long[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** Appends a row with this value. */
	public void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, grown(values.length, size + 1));
		}
		values[size++] = value;
	}

	@Override
	void appendPlaceholder() {
		add(0L);
	}

	@Override
	LongValues build() {
		long[] built = size == values.length ? values : Arrays.copyOf(values, size);
		return new LongValues(built, 0, size, missingSoFar());
	}
}
