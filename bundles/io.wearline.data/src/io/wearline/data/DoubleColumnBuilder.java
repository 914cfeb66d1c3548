package io.wearline.data;

import java.util.Arrays;

/** Appends the values of a {@link ColumnType#DOUBLE} column; {@link #add(double)} does not box. */
public final class DoubleColumnBuilder extends ColumnBuilder {
	private double[] values;

	DoubleColumnBuilder(Column column, int expectedRows) {
		super(column);
		values = new double[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** Appends a row with this value. */
	public void add(double value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, grown(values.length, size + 1));
		}
		values[size++] = value;
	}

	@Override
	void appendPlaceholder() {
		add(Double.NaN);
	}

	@Override
	DoubleValues build() {
		double[] built = size == values.length ? values : Arrays.copyOf(values, size);
		return new DoubleValues(built, 0, size, missingSoFar());
	}
}
