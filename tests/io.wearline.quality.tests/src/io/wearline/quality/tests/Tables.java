package io.wearline.quality.tests;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;

/** Small tables written out in the tests, column by column. */
final class Tables {
	private Tables() {
	}

	/** A table of DOUBLE columns named a, b, c, ... with these columns of values (null missing). */
	static Table doubles(Double[]... columns) {
		Column[] schema = new Column[columns.length];
		for (int c = 0; c < columns.length; c++) {
			schema[c] = Column.of(String.valueOf((char) ('a' + c)), ColumnType.DOUBLE);
		}
		TableBuilder builder = new TableBuilder(Schema.of(schema));
		for (int r = 0; r < columns[0].length; r++) {
			Object[] row = new Object[columns.length];
			for (int c = 0; c < columns.length; c++) {
				row[c] = columns[c][r];
			}
			builder.addRow(row);
		}
		return builder.build();
	}

	/** The values 0, 1, ..., n - 1 scaled and shifted: offset + scale * i. */
	static Double[] line(int n, double offset, double scale) {
		Double[] values = new Double[n];
		for (int i = 0; i < n; i++) {
			values[i] = offset + scale * i;
		}
		return values;
	}

	/** n copies of one value. */
	static Double[] constant(int n, double value) {
		Double[] values = new Double[n];
		java.util.Arrays.fill(values, value);
		return values;
	}
}
