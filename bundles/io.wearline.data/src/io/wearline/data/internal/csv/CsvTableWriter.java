package io.wearline.data.internal.csv;

import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.Table;
import io.wearline.data.TableWriter;
import io.wearline.data.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as UTF-8 CSV without a byte order mark: a header line of the column names, comma separators,
 * LF line ends, quotes only where a cell needs them. A missing value is an empty cell; doubles are written in
 * Java's shortest round-trip form ({@code 0.1}, {@code 1.0E-7}, {@code NaN}), so they read back bit for bit.
 * An empty text reads back as missing, as it does in every CSV tool.
 */
public final class CsvTableWriter implements TableWriter {
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	@Override
	public String format() {
		return "csv";
	}

	@Override
	public void write(Table table, Path file) throws IOException {
		AtomicFile.write(file, out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			for (int c = 0; c < table.columnCount(); c++) {
				printer.print(table.schema().column(c).name());
			}
			printer.println();
			for (int r = 0; r < table.rowCount(); r++) {
				for (int c = 0; c < table.columnCount(); c++) {
					printer.print(cell(table.column(c), r));
				}
				printer.println();
			}
			printer.flush();
		});
	}

	private static String cell(ColumnValues values, int row) {
		if (values.isMissing(row)) {
			return "";
		}
		return switch (values) {
			case DoubleValues doubles -> Double.toString(doubles.get(row));
			case CategoricalValues categories -> categories.label(row);
			default -> String.valueOf(values.value(row));
		};
	}
}
