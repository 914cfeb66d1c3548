package io.wearline.sim;

import java.util.List;

/**
 * Where seed data goes, one whole column at a time: the seam between the simulation and the data layer. A
 * columnar table implements it and takes the arrays as they are (they are not copied and must not be changed),
 * so routing seed data into another structure never touches the physics. {@link SeedData#writeTo(SeedSink)}
 * calls {@link #begin} once, then one method per column in the order of {@link SeedData#columnNames()}.
 * Arrays may be longer than {@code rows}; only the first {@code rows} values belong to the column.
 */
public interface SeedSink {
	/** Before the first column: the number of rows and every column's name, in order. */
	default void begin(int rows, List<String> columnNames) {
	}

	/** A column of whole numbers ({@code unit}, {@code cycle}, {@code rul}). */
	void intColumn(String name, int[] values, int rows);

	/** A column of real numbers (the sensors and {@code health}); NaN marks a missing reading. */
	void doubleColumn(String name, double[] values, int rows);

	/** A column of flags ({@code failed}). */
	void booleanColumn(String name, boolean[] values, int rows);

	/**
	 * A categorical column ({@code regime}, {@code failure_mode}): each row holds an index into the categories.
	 */
	void categoryColumn(String name, int[] codes, List<String> categories, int rows);
}
