package io.wearline.data;

/**
 * The kind of values a column holds, and so how it is stored: numbers and booleans in primitive arrays, text as
 * strings, categories as small integer codes into a dictionary of labels.
 */
public enum ColumnType {
	/** 64-bit floating point measurements ({@link DoubleValues}). */
	DOUBLE,
	/** 64-bit integers such as timestamps or cycle counters ({@link LongValues}). */
	LONG,
	/** 32-bit integers such as unit numbers ({@link IntValues}). */
	INT,
	/** Flags such as "failed" ({@link BooleanValues}). */
	BOOLEAN,
	/** Free text ({@link StringValues}). */
	STRING,
	/** A label from a small set, such as an operating regime ({@link CategoricalValues}). */
	CATEGORICAL;

	/** Whether the values are numbers (DOUBLE, LONG or INT). */
	public boolean isNumeric() {
		return this == DOUBLE || this == LONG || this == INT;
	}
}
