package io.wearline.data;

import java.util.List;

/** Copies the rows of tables of one schema into a new table, column by column and without boxing. */
final class Concatenation {
	private Concatenation() {
	}

	static Table of(Schema schema, List<Table> tables) {
		long rows = tables.stream().mapToLong(Table::rowCount).sum();
		if (rows > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("the tables have " + rows + " rows together, more than a table holds");
		}
		TableBuilder builder = new TableBuilder(schema, (int) rows);
		for (int c = 0; c < schema.size(); c++) {
			for (Table table : tables) {
				append(builder.column(c), table.column(c));
			}
		}
		return builder.build();
	}

	private static void append(ColumnBuilder target, ColumnValues source) {
		int size = source.size();
		switch (target) {
			case DoubleColumnBuilder doubles -> {
				DoubleValues values = (DoubleValues) source;
				for (int r = 0; r < size; r++) {
					if (values.isMissing(r)) {
						doubles.addMissing();
					} else {
						doubles.add(values.get(r));
					}
				}
			}
			case LongColumnBuilder longs -> {
				LongValues values = (LongValues) source;
				for (int r = 0; r < size; r++) {
					if (values.isMissing(r)) {
						longs.addMissing();
					} else {
						longs.add(values.get(r));
					}
				}
			}
			case IntColumnBuilder ints -> {
				IntValues values = (IntValues) source;
				for (int r = 0; r < size; r++) {
					if (values.isMissing(r)) {
						ints.addMissing();
					} else {
						ints.add(values.get(r));
					}
				}
			}
			case BooleanColumnBuilder booleans -> {
				BooleanValues values = (BooleanValues) source;
				for (int r = 0; r < size; r++) {
					if (values.isMissing(r)) {
						booleans.addMissing();
					} else {
						booleans.add(values.get(r));
					}
				}
			}
			case StringColumnBuilder strings -> {
				StringValues values = (StringValues) source;
				for (int r = 0; r < size; r++) {
					strings.add(values.get(r));
				}
			}
			case CategoricalColumnBuilder categories -> appendCategories(categories, (CategoricalValues) source);
		}
	}

	private static void appendCategories(CategoricalColumnBuilder target, CategoricalValues source) {
		// translate each source code once, not each row's label
		int[] translated = new int[source.dictionary().size()];
		for (int code = 0; code < translated.length; code++) {
			translated[code] = target.code(source.dictionary().get(code));
		}
		for (int r = 0; r < source.size(); r++) {
			int code = source.code(r);
			if (code == CategoricalValues.MISSING_CODE) {
				target.addMissing();
			} else {
				target.addCode(translated[code]);
			}
		}
	}
}
