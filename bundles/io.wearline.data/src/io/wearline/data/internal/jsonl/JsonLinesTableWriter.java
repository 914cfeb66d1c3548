package io.wearline.data.internal.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntValues;
import io.wearline.data.LongValues;
import io.wearline.data.StringValues;
import io.wearline.data.Table;
import io.wearline.data.TableWriter;
import io.wearline.data.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a table as JSON Lines: one object per row, every column a key, a missing value as null. JSON has no NaN
 * or infinity, so those doubles are written as the strings "NaN", "Infinity", "-Infinity", which the reader
 * takes back as numbers in a DOUBLE column.
 */
public final class JsonLinesTableWriter implements TableWriter {
	private final JsonFactory json = new JsonFactory();

	@Override
	public String format() {
		return "jsonl";
	}

	@Override
	public void write(Table table, Path file) throws IOException {
		AtomicFile.write(file, out -> {
			try (JsonGenerator generator = json.createGenerator(out)) {
				generator.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
				for (int r = 0; r < table.rowCount(); r++) {
					generator.writeStartObject();
					for (int c = 0; c < table.columnCount(); c++) {
						generator.writeFieldName(table.schema().column(c).name());
						value(generator, table.column(c), r);
					}
					generator.writeEndObject();
				}
				generator.writeRaw('\n');
			}
		});
	}

	private static void value(JsonGenerator generator, ColumnValues values, int row) throws IOException {
		if (values.isMissing(row)) {
			generator.writeNull();
			return;
		}
		switch (values) {
			case DoubleValues doubles -> generator.writeNumber(doubles.get(row));
			case LongValues longs -> generator.writeNumber(longs.get(row));
			case IntValues ints -> generator.writeNumber(ints.get(row));
			case BooleanValues booleans -> generator.writeBoolean(booleans.get(row));
			case StringValues strings -> generator.writeString(strings.get(row));
			case CategoricalValues categories -> generator.writeString(categories.label(row));
		}
	}
}
