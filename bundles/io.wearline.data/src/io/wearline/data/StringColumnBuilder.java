package io.wearline.data;

import java.util.Arrays;

/** Appends the values of a {@link ColumnType#STRING} column; adding null appends a missing row. */
public final class StringColumnBuilder extends ColumnBuilder {
	private String[] values;

	StringColumnBuilder(Column column, int expectedRows) {
		super(column);
		values = new String[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** Appends a row with this text, or a missing row when it is null. */
	public void add(String value) {
		if (value == null) {
			addMissing();
			return;
		}
		append(value);
	}

	private void append(String value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, grown(values.length, size + 1));
		}
		values[size++] = value;
	}

	@Override
	void appendPlaceholder() {
		append(null);
	}

	@Override
	StringValues build() {
		String[] built = size == values.length ? values : Arrays.copyOf(values, size);
		return new StringValues(built, 0, size, missingSoFar());
	}
}
