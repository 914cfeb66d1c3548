package io.wearline.data.internal;

import io.wearline.data.Column;
import io.wearline.data.Schema;
import io.wearline.data.TableReadException;
import java.nio.file.Path;
import java.util.List;

/** Matches a file's column names to a given schema: every name in both, in any order. */
public final class SchemaMatch {
	private SchemaMatch() {
	}

	/**
	 * For each schema column, the position of the file's column of that name.
	 *
	 * @param line the 1-based line of the file's column names, 0 when they have none (JSON Lines)
	 * @throws TableReadException naming that line and the column, when a name is in only one of them
	 */
	public static int[] order(Path file, long line, Schema schema, List<String> names) throws TableReadException {
		for (String name : names) {
			if (schema.indexOf(name) < 0) {
				throw new TableReadException(file, line, name, "the file has a column the schema does not know; the"
						+ " schema's columns are " + schema.columns().stream().map(Column::name).toList());
			}
		}
		int[] order = new int[schema.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = names.indexOf(schema.column(i).name());
			if (order[i] < 0) {
				throw new TableReadException(file, line, schema.column(i).name(), "the schema requires this column but"
						+ " the file has none; the file's columns are " + names);
			}
		}
		return order;
	}
}
