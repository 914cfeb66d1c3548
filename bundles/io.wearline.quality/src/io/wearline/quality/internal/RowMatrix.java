package io.wearline.quality.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Table;

/**
 * The scored columns of a table as a row-major matrix of doubles, for row-to-row distances: numbers as they are,
 * categories and flags as codes of a dictionary shared with the other tables, missing as NaN.
 */
final class RowMatrix {
	final double[] cells;
	final int rows;
	final int columns;

	private RowMatrix(double[] cells, int rows, int columns) {
		this.cells = cells;
		this.rows = rows;
		this.columns = columns;
	}

	/** The real or synthetic side of the prepared columns. */
	static RowMatrix of(List<MatchedColumn> prepared, boolean real) {
		int columns = prepared.size();
		int rows = prepared.isEmpty() ? 0
				: prepared.get(0).numeric() ? (real ? prepared.get(0).realNumbers() : prepared.get(0).syntheticNumbers()).rows()
						: (real ? prepared.get(0).realLabels() : prepared.get(0).syntheticLabels()).rows();
		double[] cells = new double[rows * columns];
		for (int c = 0; c < columns; c++) {
			MatchedColumn column = prepared.get(c);
			if (column.numeric()) {
				double[] values = (real ? column.realNumbers() : column.syntheticNumbers()).values();
				for (int r = 0; r < rows; r++) {
					cells[r * columns + c] = values[r];
				}
			} else {
				int[] codes = (real ? column.realLabels() : column.syntheticLabels()).codes();
				for (int r = 0; r < rows; r++) {
					cells[r * columns + c] = codes[r] == DiscreteColumn.MISSING ? Double.NaN : codes[r];
				}
			}
		}
		return new RowMatrix(cells, rows, columns);
	}

	/**
	 * Another table (the holdout) in the same encoding: labels the dictionaries lack get new codes.
	 *
	 * @throws IllegalArgumentException naming the column, when the table lacks one or has it as another kind
	 */
	static RowMatrix of(List<MatchedColumn> prepared, Table table) {
		int columns = prepared.size();
		int rows = table.rowCount();
		double[] cells = new double[rows * columns];
		for (int c = 0; c < columns; c++) {
			MatchedColumn column = prepared.get(c);
			if (table.schema().indexOf(column.name()) < 0) {
				throw new IllegalArgumentException("the holdout has no column '" + column.name() + "'");
			}
			ColumnValues values = table.column(column.name());
			ColumnType type = values.type();
			if (column.numeric() && !type.isNumeric()) {
				throw new IllegalArgumentException("column '" + column.name() + "' is " + type + " in the holdout but "
						+ column.kind() + " in the real table");
			}
			if (column.numeric()) {
				double[] numbers = NumericColumn.doubles(values);
				for (int r = 0; r < rows; r++) {
					cells[r * columns + c] = numbers[r];
				}
			} else {
				Map<String, Integer> dictionary = new HashMap<>();
				List<String> labels = column.realLabels().labels();
				for (int i = 0; i < labels.size(); i++) {
					dictionary.put(labels.get(i), i);
				}
				for (int r = 0; r < rows; r++) {
					Object value = values.value(r);
					cells[r * columns + c] = value == null || values.isMissing(r) ? Double.NaN
							: dictionary.computeIfAbsent(DiscreteColumn.label(value), l -> dictionary.size());
				}
			}
		}
		return new RowMatrix(cells, rows, columns);
	}

	/** At most {@code limit} rows drawn without replacement (all rows, in order, when there are not more). */
	RowMatrix sample(int limit, long seed) {
		if (rows <= limit) {
			return this;
		}
		int[] order = IntStream.range(0, rows).toArray();
		Random random = new Random(seed);
		for (int i = 0; i < limit; i++) {
			int j = i + random.nextInt(rows - i);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		double[] sampled = new double[limit * columns];
		for (int i = 0; i < limit; i++) {
			System.arraycopy(cells, order[i] * columns, sampled, i * columns, columns);
		}
		return new RowMatrix(sampled, limit, columns);
	}
}
