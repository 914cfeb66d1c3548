package io.wearline.data;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable table of rows and typed columns, stored column by column ({@link ColumnValues}): the form in which
 * seed data, training data and synthetic data move between simulation, synthesis and scoring. Built with a
 * {@link TableBuilder} or read by a {@link TableReader}. Slices and column selections share storage; nothing
 * in a table can change after it is built, so tables may be shared between threads.
 */
public final class Table {
	private final Schema schema;
	private final ColumnValues[] columns;
	private final int rowCount;

	Table(Schema schema, ColumnValues[] columns, int rowCount) {
		this.schema = schema;
		this.columns = columns;
		this.rowCount = rowCount;
	}

	/** The columns' names, types and nullability. */
	public Schema schema() {
		return schema;
	}

	/** How many rows there are. */
	public int rowCount() {
		return rowCount;
	}

	/** How many columns there are. */
	public int columnCount() {
		return columns.length;
	}

	/** The values of the column at this position. */
	public ColumnValues column(int index) {
		return columns[index];
	}

	/** The values of the column of this name; throws, naming the columns there are, when there is none. */
	public ColumnValues column(String name) {
		return columns[schema.require(name)];
	}

	/** The values of a DOUBLE column. */
	public DoubleValues doubles(String name) {
		return typed(name, DoubleValues.class);
	}

	/** The values of a LONG column. */
	public LongValues longs(String name) {
		return typed(name, LongValues.class);
	}

	/** The values of an INT column. */
	public IntValues ints(String name) {
		return typed(name, IntValues.class);
	}

	/** The values of a BOOLEAN column. */
	public BooleanValues booleans(String name) {
		return typed(name, BooleanValues.class);
	}

	/** The values of a STRING column. */
	public StringValues strings(String name) {
		return typed(name, StringValues.class);
	}

	/** The values of a CATEGORICAL column. */
	public CategoricalValues categoricals(String name) {
		return typed(name, CategoricalValues.class);
	}

	private <T extends ColumnValues> T typed(String name, Class<T> kind) {
		ColumnValues values = column(name);
		if (!kind.isInstance(values)) {
			throw new IllegalArgumentException("column '" + name + "' is " + values.type() + ", not the type of "
					+ kind.getSimpleName());
		}
		return kind.cast(values);
	}

	/** One cell, boxed, null when missing: for printing and tests, not for loops over many rows. */
	public Object value(int row, int column) {
		return columns[column].value(row);
	}

	/** The rows from {@code fromRow} (inclusive) to {@code toRow} (exclusive); shares storage, copies nothing. */
	public Table slice(int fromRow, int toRow) {
		if (fromRow < 0 || toRow > rowCount || fromRow > toRow) {
			throw new IndexOutOfBoundsException("rows " + fromRow + " to " + toRow + " are outside 0.." + rowCount);
		}
		ColumnValues[] sliced = new ColumnValues[columns.length];
		for (int i = 0; i < columns.length; i++) {
			sliced[i] = columns[i].slice(fromRow, toRow);
		}
		return new Table(schema, sliced, toRow - fromRow);
	}

	/** A table of the named columns in the order given; shares storage. */
	public Table select(String... names) {
		ColumnValues[] selected = new ColumnValues[names.length];
		for (int i = 0; i < names.length; i++) {
			selected[i] = column(names[i]);
		}
		return new Table(schema.select(names), selected, rowCount);
	}

	/** This table's rows followed by the other's; see {@link #concat(List)}. */
	public Table concat(Table other) {
		return concat(List.of(this, other));
	}

	/**
	 * The rows of these tables one after the other, copied into new storage. Categorical columns get one
	 * dictionary: the labels of the first table, then the labels new in each later one.
	 *
	 * @throws IllegalArgumentException when the list is empty or the schemas differ
	 */
	public static Table concat(List<Table> tables) {
		if (tables.isEmpty()) {
			throw new IllegalArgumentException("nothing to concatenate: the list of tables is empty");
		}
		Schema schema = tables.get(0).schema;
		for (int i = 1; i < tables.size(); i++) {
			if (!tables.get(i).schema.equals(schema)) {
				throw new IllegalArgumentException("table " + (i + 1) + " has the schema " + tables.get(i).schema
						+ ", table 1 has " + schema + "; only tables of equal schemas can be concatenated");
			}
		}
		return Concatenation.of(schema, tables);
	}

	/** The statistics of the column of this name. */
	public ColumnStatistics statistics(String name) {
		return ColumnStatistics.of(schema.column(name), column(name));
	}

	/** The statistics of every column, in schema order. */
	public List<ColumnStatistics> statistics() {
		List<ColumnStatistics> all = new ArrayList<>(columns.length);
		for (int i = 0; i < columns.length; i++) {
			all.add(ColumnStatistics.of(schema.column(i), columns[i]));
		}
		return all;
	}

	@Override
	public String toString() {
		return "Table of " + rowCount + " rows " + schema;
	}
}
