package io.wearline.data;

import java.util.Objects;

/**
 * One column of a {@link Schema}: its name, the type of its values and whether values may be missing.
 *
 * @param name the column's name, unique in its schema, not blank
 * @param type the type of its values
 * @param nullable whether a row may have no value in this column
 */
public record Column(String name, ColumnType type, boolean nullable) {

	/** Checks the name and type. */
	public Column {
		Objects.requireNonNull(type, "type");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a column needs a name that is not blank");
		}
	}

	/** A nullable column, the usual case for data read from files. */
	public static Column of(String name, ColumnType type) {
		return new Column(name, type, true);
	}

	/** A column that never has a missing value. */
	public static Column required(String name, ColumnType type) {
		return new Column(name, type, false);
	}

	@Override
	public String toString() {
		return name + " " + type + (nullable ? "" : " not null");
	}
}
