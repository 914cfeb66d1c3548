package io.wearline.data.internal;

import io.wearline.data.Column;
import io.wearline.data.InferenceReport;
import io.wearline.data.InferredColumn;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableReadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a whole file, column by column, turned into a table once all are read: with the given schema, or
 * with the types inferred from the values. Every cell is converted before the table is handed out, so a bad cell
 * anywhere fails the whole read with its file, line and column.
 */
public final class CellTable {
	private final Path file;
	private final long headerLine;
	private final ReadOptions options;
	private final List<String> names;
	private final List<CellColumn> columns = new ArrayList<>();
	private final List<Boolean> textOnly = new ArrayList<>();

	/**
	 * An empty collection of cells for the columns of these names, in file order.
	 *
	 * @param headerLine the 1-based line of the column names, 0 when the file has no such line (JSON Lines)
	 */
	public CellTable(Path file, long headerLine, ReadOptions options, List<String> names) {
		this.file = file;
		this.headerLine = headerLine;
		this.options = options;
		this.names = new ArrayList<>(names);
		for (int i = 0; i < names.size(); i++) {
			columns.add(new CellColumn());
			textOnly.add(Boolean.TRUE);
		}
	}

	/** Adds a column found after the first rows (JSON Lines); earlier rows had no cell for it. */
	public int addColumn(String name, int rowsBefore) {
		CellColumn column = new CellColumn();
		for (int i = 0; i < rowsBefore; i++) {
			column.add(null, columns.isEmpty() ? 0 : columns.get(0).line(i));
		}
		names.add(name);
		columns.add(column);
		textOnly.add(Boolean.TRUE);
		return columns.size() - 1;
	}

	/** The cells of the column at this position. */
	public CellColumn column(int index) {
		return columns.get(index);
	}

	/** Marks a column as holding a value written as a number or boolean, not as quoted text. */
	public void markUnquoted(int index) {
		textOnly.set(index, Boolean.FALSE);
	}

	/** The column names, in file order. */
	public List<String> names() {
		return names;
	}

	/**
	 * The table: the given schema's columns in its order, or every column with an inferred type.
	 *
	 * @param json whether the cells come from JSON objects: a column of only quoted values is text whatever it
	 *            looks like, and a schema's column that no object has is a column of missing values
	 */
	public LoadedTable toTable(boolean json) throws TableReadException {
		if (options.schema() != null) {
			if (json) {
				addAbsentColumns(options.schema());
			}
			return new LoadedTable(convert(options.schema(), SchemaMatch.order(file, headerLine, options.schema(), names)), InferenceReport.none());
		}
		TypeInference inference = new TypeInference(options);
		List<InferredColumn> inferred = new ArrayList<>();
		List<Column> schemaColumns = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			boolean quoted = json && textOnly.get(i);
			InferredColumn column = inference.infer(names.get(i), columns.get(i), quoted);
			inferred.add(column);
			schemaColumns.add(Column.of(column.name(), column.type()));
		}
		int[] order = new int[names.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		return new LoadedTable(convert(Schema.of(schemaColumns), order), new InferenceReport(inferred));
	}

	private void addAbsentColumns(Schema schema) {
		int rows = columns.isEmpty() ? 0 : columns.get(0).size();
		for (Column column : schema.columns()) {
			if (!names.contains(column.name())) {
				addColumn(column.name(), rows);
			}
		}
	}

	private io.wearline.data.Table convert(Schema schema, int[] order) throws TableReadException {
		int rows = columns.isEmpty() ? 0 : columns.get(0).size();
		TableBuilder builder = new TableBuilder(schema, rows);
		CellConversion conversion = new CellConversion(options);
		for (int c = 0; c < schema.size(); c++) {
			CellColumn cells = columns.get(order[c]);
			for (int r = 0; r < rows; r++) {
				try {
					conversion.append(builder.column(c), cells.get(r));
				} catch (CellConversion.CellException e) {
					throw new TableReadException(file, cells.line(r), schema.column(c).name(), e.getMessage());
				}
			}
		}
		return builder.build();
	}
}
