package io.wearline.data;

import java.util.Arrays;

/** Appends the values of a {@link ColumnType#BOOLEAN} column; {@link #add(boolean)} does not box. */
public final class BooleanColumnBuilder extends ColumnBuilder {
	private boolean[] values;

	BooleanColumnBuilder(Column column, int expectedRows) {
		super(column);
		values = new boolean[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** Appends a row with this value. */
	public void add(boolean value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, grown(values.length, size + 1));
		}
		values[size++] = value;
	}

	@Override
	void appendPlaceholder() {
		add(false);
	}

	@Override
	BooleanValues build() {
		boolean[] built = size == values.length ? values : Arrays.copyOf(values, size);
		return new BooleanValues(built, 0, size, missingSoFar());
	}
}
