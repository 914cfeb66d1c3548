package io.wearline.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a DOUBLE column that are not numbers one can compute with — {@code 1e400} and {@code Infinity} parse
 * to infinities, {@code NaN} to NaN — become missing values, counted per column. A table full of infinities would
 * otherwise be summarised and scored as numbers (a mean of infinity, a shape score of 0.997); as missing values
 * they are scored as what they are, and the count says how many there were. Readers keep every double as it is
 * (a table written and read back is the same bit for bit); what summarises or scores a user's table applies this
 * first ({@code inspect}, {@code score}).
 */
public final class NonFiniteValues {

	private NonFiniteValues() {
	}

	/**
	 * The loaded table with every non-finite DOUBLE value missing, and their counts per column; the same object
	 * when there are none.
	 */
	public static LoadedTable missingInstead(LoadedTable loaded) {
		Table table = loaded.table();
		ColumnValues[] columns = new ColumnValues[table.columnCount()];
		List<Column> schema = new ArrayList<>(table.schema().columns());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int c = 0; c < columns.length; c++) {
			columns[c] = table.column(c);
			if (columns[c] instanceof DoubleValues doubles) {
				BitSet found = nonFinite(doubles);
				if (!found.isEmpty()) {
					columns[c] = missingAt(doubles, found);
					Column column = schema.get(c);
					// a column declared without missing values now has some: it says so, so writers accept it
					schema.set(c, new Column(column.name(), column.type(), true));
					counts.put(column.name(), found.cardinality());
				}
			}
		}
		if (counts.isEmpty()) {
			return loaded;
		}
		return new LoadedTable(new Table(Schema.of(schema), columns, table.rowCount()), loaded.inference(), counts);
	}

	/** The rows that hold a value (not a missing one) that is infinite or NaN. */
	private static BitSet nonFinite(DoubleValues values) {
		BitSet rows = new BitSet();
		for (int row = 0; row < values.size(); row++) {
			if (!Double.isFinite(values.get(row)) && !values.isMissing(row)) {
				rows.set(row);
			}
		}
		return rows;
	}

	private static DoubleValues missingAt(DoubleValues values, BitSet rows) {
		double[] copy = values.toArray();
		BitSet missing = new BitSet(copy.length);
		for (int row = 0; row < copy.length; row++) {
			if (rows.get(row) || values.isMissing(row)) {
				missing.set(row);
				copy[row] = Double.NaN;
			}
		}
		return new DoubleValues(copy, 0, copy.length, missing);
	}
}
