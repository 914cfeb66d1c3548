package io.wearline.data;

import java.util.Objects;

/**
 * Builds a {@link Table} of a given {@link Schema}. A fast writer takes the typed builder of each column once
 * ({@link #doubles(String)}, {@link #categoricals(String)}, ...) and appends primitives to them; each row must
 * end up with one value (or a missing value) in every column before {@link #build()}. {@link #addRow(Object...)}
 * is the slower, boxed way for small tables. Not thread-safe.
 */
public final class TableBuilder {
	private final Schema schema;
	private final ColumnBuilder[] columns;

	/** A builder for this schema. */
	public TableBuilder(Schema schema) {
		this(schema, 0);
	}

	/** A builder for this schema that reserves room for {@code expectedRows} rows in each column. */
	public TableBuilder(Schema schema, int expectedRows) {
		this.schema = Objects.requireNonNull(schema, "schema");
		this.columns = new ColumnBuilder[schema.size()];
		for (int i = 0; i < columns.length; i++) {
			columns[i] = create(schema.column(i), expectedRows);
		}
	}

	private static ColumnBuilder create(Column column, int expectedRows) {
		return switch (column.type()) {
			case DOUBLE -> new DoubleColumnBuilder(column, expectedRows);
			case LONG -> new LongColumnBuilder(column, expectedRows);
			case INT -> new IntColumnBuilder(column, expectedRows);
			case BOOLEAN -> new BooleanColumnBuilder(column, expectedRows);
			case STRING -> new StringColumnBuilder(column, expectedRows);
			case CATEGORICAL -> new CategoricalColumnBuilder(column, expectedRows);
		};
	}

	/** The schema of the table being built. */
	public Schema schema() {
		return schema;
	}

	/** The builder of the column at this position. */
	public ColumnBuilder column(int index) {
		return columns[index];
	}

	/** The builder of the column of this name. */
	public ColumnBuilder column(String name) {
		return columns[schema.require(name)];
	}

	/** The builder of a DOUBLE column. */
	public DoubleColumnBuilder doubles(String name) {
		return typed(name, DoubleColumnBuilder.class);
	}

	/** The builder of a LONG column. */
	public LongColumnBuilder longs(String name) {
		return typed(name, LongColumnBuilder.class);
	}

	/** The builder of an INT column. */
	public IntColumnBuilder ints(String name) {
		return typed(name, IntColumnBuilder.class);
	}

	/** The builder of a BOOLEAN column. */
	public BooleanColumnBuilder booleans(String name) {
		return typed(name, BooleanColumnBuilder.class);
	}

	/** The builder of a STRING column. */
	public StringColumnBuilder strings(String name) {
		return typed(name, StringColumnBuilder.class);
	}

	/** The builder of a CATEGORICAL column. */
	public CategoricalColumnBuilder categoricals(String name) {
		return typed(name, CategoricalColumnBuilder.class);
	}

	private <T extends ColumnBuilder> T typed(String name, Class<T> kind) {
		ColumnBuilder builder = column(name);
		if (!kind.isInstance(builder)) {
			throw new IllegalArgumentException("column '" + name + "' is " + builder.column().type()
					+ ", not the type of " + kind.getSimpleName());
		}
		return kind.cast(builder);
	}

	/**
	 * Appends one row of boxed values in schema order; null is a missing value. Numbers are converted to the
	 * column's type when no precision is lost (an Integer into a DOUBLE column, say).
	 *
	 * @throws IllegalArgumentException when the count or a value's type does not fit; the values before the one
	 *             that did not fit are then appended, so discard the builder
	 */
	public TableBuilder addRow(Object... values) {
		if (values.length != columns.length) {
			throw new IllegalArgumentException("a row needs " + columns.length + " values, not " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			RowValues.append(columns[i], values[i]);
		}
		return this;
	}

	/** The number of complete rows: the length of the shortest column. */
	public int rowCount() {
		int rows = columns.length == 0 ? 0 : Integer.MAX_VALUE;
		for (ColumnBuilder column : columns) {
			rows = Math.min(rows, column.size());
		}
		return rows;
	}

	/**
	 * The table of the rows added so far; the builder can go on adding rows for another table.
	 *
	 * @throws IllegalStateException when the columns have different lengths or a column that is not nullable
	 *             has a missing value
	 */
	public Table build() {
		int rows = rowCount();
		ColumnValues[] built = new ColumnValues[columns.length];
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].size() != rows) {
				throw new IllegalStateException("column '" + schema.column(i).name() + "' has " + columns[i].size()
						+ " values but another has " + rows + "; every column needs a value in every row");
			}
			built[i] = columns[i].build();
			if (!schema.column(i).nullable() && built[i].missingCount() > 0) {
				throw new IllegalStateException("column '" + schema.column(i).name()
						+ "' is not nullable but has missing values");
			}
		}
		return new Table(schema, built, rows);
	}
}
