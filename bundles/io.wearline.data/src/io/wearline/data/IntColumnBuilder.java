package io.wearline.data;

import java.util.Arrays;

/** Appends the values of a {@link ColumnType#INT} column; {@link #add(int)} does not box. */
public final class IntColumnBuilder extends ColumnBuilder {
	private int[] values;

	IntColumnBuilder(Column column, int expectedRows) {
		super(column);
		values = new int[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** Appends a row with this value. */
	public void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, grown(values.length, size + 1));
		}
		values[size++] = value;
	}

	@Override
	void appendPlaceholder() {
		add(0);
	}

	@Override
	IntValues build() {
		int[] built = size == values.length ? values : Arrays.copyOf(values, size);
		return new IntValues(built, 0, size, missingSoFar());
	}
}
