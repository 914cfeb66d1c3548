package io.wearline.synth.internal.transform;

import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnValues;

/**
 * The distinct values of a column that the transformer one-hot encodes, holds as a constant or draws again: labels,
 * booleans or numbers, each with its place (level) in a fixed order. Finds the level of every row of a column and
 * appends a level's value to a column being built.
 */
public sealed interface Levels permits LabelLevels, BooleanLevels, NumberLevels {
	/** The level of a missing row in {@link #levelsOf}. */
	int MISSING = -1;
	/** The level of a value that is not one of the levels in {@link #levelsOf}. */
	int UNKNOWN = -2;

	/** How many levels there are. */
	int size();

	/**
	 * The level of each row: {@link #MISSING} for a missing row (NaN counts as missing), {@link #UNKNOWN} for a value
	 * that is not a level.
	 */
	int[] levelsOf(ColumnValues values);

	/** Makes a builder ready for {@link #append} (a categorical builder learns the dictionary, in order). */
	void prepare(ColumnBuilder builder);

	/** Appends the value of a level to a builder of the column's type, made ready by {@link #prepare}. */
	void append(ColumnBuilder builder, int level);

	/** The value of a level, as text for people. */
	String describe(int level);

	/** The text of a row's value, for a message about a value that is not a level. */
	static String describe(ColumnValues values, int row) {
		Object value = values.value(row);
		return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
	}
}
