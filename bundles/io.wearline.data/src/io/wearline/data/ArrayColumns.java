package io.wearline.data;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Columns and tables made from arrays that already hold the values, without copying them: the way in for a
 * producer that fills whole primitive arrays itself, such as the seed simulation. The arrays are adopted, not
 * copied, so the caller must never change them afterwards (the table is immutable only as long as they are).
 */
public final class ArrayColumns {
	private ArrayColumns() {
	}

	/** The first {@code rows} values of a DOUBLE array; with {@code nanIsMissing} every NaN is a missing value. */
	public static DoubleValues doubles(double[] values, int rows, boolean nanIsMissing) {
		check(values.length, rows);
		BitSet missing = null;
		if (nanIsMissing) {
			for (int i = 0; i < rows; i++) {
				if (Double.isNaN(values[i])) {
					if (missing == null) {
						missing = new BitSet(rows);
					}
					missing.set(i);
				}
			}
		}
		return new DoubleValues(values, 0, rows, missing);
	}

	/** The first {@code rows} values of an INT array, none missing. */
	public static IntValues ints(int[] values, int rows) {
		check(values.length, rows);
		return new IntValues(values, 0, rows, null);
	}

	/** The first {@code rows} values of a BOOLEAN array, none missing. */
	public static BooleanValues booleans(boolean[] values, int rows) {
		check(values.length, rows);
		return new BooleanValues(values, 0, rows, null);
	}

	/**
	 * The first {@code rows} codes of a CATEGORICAL column, each an index into {@code labels}, none missing.
	 *
	 * @throws IllegalArgumentException when a code is not an index into the labels
	 */
	public static CategoricalValues categories(int[] codes, List<String> labels, int rows) {
		check(codes.length, rows);
		List<String> dictionary = List.copyOf(labels);
		for (int i = 0; i < rows; i++) {
			if (codes[i] < 0 || codes[i] >= dictionary.size()) {
				throw new IllegalArgumentException("code " + codes[i] + " in row " + i + " is not an index into the "
						+ dictionary.size() + " labels " + dictionary);
			}
		}
		return new CategoricalValues(codes, dictionary, 0, rows, null);
	}

	/**
	 * A table of these columns, in schema order.
	 *
	 * @throws IllegalArgumentException when the count, a type or a length does not fit the schema, or a column
	 *             that is not nullable has missing values
	 */
	public static Table table(Schema schema, List<ColumnValues> columns) {
		Objects.requireNonNull(schema, "schema");
		if (columns.size() != schema.size()) {
			throw new IllegalArgumentException("the schema has " + schema.size() + " columns, not " + columns.size());
		}
		int rows = columns.isEmpty() ? 0 : columns.get(0).size();
		for (int i = 0; i < columns.size(); i++) {
			Column column = schema.column(i);
			ColumnValues values = columns.get(i);
			if (values.type() != column.type()) {
				throw new IllegalArgumentException("column '" + column.name() + "' is " + column.type()
						+ " in the schema but the values are " + values.type());
			}
			if (values.size() != rows) {
				throw new IllegalArgumentException("column '" + column.name() + "' has " + values.size()
						+ " values but the first column has " + rows);
			}
			if (!column.nullable() && values.missingCount() > 0) {
				throw new IllegalArgumentException("column '" + column.name() + "' is not nullable but has "
						+ values.missingCount() + " missing values");
			}
		}
		return new Table(schema, columns.toArray(ColumnValues[]::new), rows);
	}

	private static void check(int length, int rows) {
		if (rows < 0 || rows > length) {
			throw new IllegalArgumentException(rows + " rows do not fit an array of " + length + " values");
		}
	}
}
