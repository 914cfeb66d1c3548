package io.wearline.data.internal.csv;

import io.wearline.data.InferenceReport;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.internal.CellConversion;
import io.wearline.data.internal.CellTable;
import io.wearline.data.internal.FileChecks;
import io.wearline.data.internal.SchemaMatch;
import io.wearline.data.internal.TextInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file whose first line names the columns. Blank lines are skipped; every other line needs one cell
 * per column. Without a schema all cells are kept as text until the types are inferred; with one, each cell
 * becomes a value as it is read. Either way the table is handed out only when every cell has been converted.
 */
public final class CsvTableReader implements TableReader {
	private static final String WHAT = "a CSV file needs a first line with the column names";
	private static final int HEAD_CHARS = 64 * 1024;

	@Override
	public String format() {
		return "csv";
	}

	@Override
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		FileChecks.beforeReading(file, options.maxFileBytes(), WHAT);
		try (BufferedReader text = TextInput.open(file, options.maxFileBytes())) {
			char separator = options.separator() != null ? options.separator() : detect(text);
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
			try (CSVParser parser = format.parse(text)) {
				return readRecords(file, options, parser);
			}
		} catch (CharacterCodingException e) {
			throw notUtf8(file, e);
		} catch (IOException | UncheckedIOException e) {
			if (e instanceof TableReadException read) {
				throw read;
			}
			throw new TableReadException(file, 0, null, "the file cannot be read as CSV: " + e.getMessage(), e);
		}
	}

	/** The decoder reads ahead of the parser, so the line is not known. */
	private static TableReadException notUtf8(Path file, Throwable cause) {
		return new TableReadException(file, 0, null, "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in"
				+ " spreadsheet programs)", cause);
	}

	private static char detect(BufferedReader text) throws IOException {
		text.mark(HEAD_CHARS + 1);
		char[] head = new char[HEAD_CHARS];
		int read = 0;
		int chunk;
		// one read() may stop short of the requested length well before the end of the file
		while (read < HEAD_CHARS && (chunk = text.read(head, read, HEAD_CHARS - read)) > 0) {
			read += chunk;
		}
		text.reset();
		return SeparatorDetection.detect(new String(head, 0, read), read < HEAD_CHARS);
	}

	private static LoadedTable readRecords(Path file, ReadOptions options, CSVParser parser)
			throws TableReadException {
		Iterator<CSVRecord> records = parser.iterator();
		long[] headerLine = { 0 };
		CSVRecord header = nextNonBlank(file, records, parser, headerLine);
		if (header == null) {
			throw FileChecks.empty(file, WHAT);
		}
		List<String> names = columnNames(file, header, headerLine[0]);
		if (options.schema() != null) {
			return new LoadedTable(readIntoSchema(file, options, parser, records, headerLine[0], names),
					InferenceReport.none());
		}
		CellTable cells = new CellTable(file, headerLine[0], options, names);
		int width = names.size();
		CSVRecord record;
		long[] startLine = { 0 };
		while ((record = nextNonBlank(file, records, parser, startLine)) != null) {
			if (record.size() != width) {
				throw ragged(file, startLine[0], record.size(), names);
			}
			for (int c = 0; c < width; c++) {
				cells.column(c).add(record.get(c), startLine[0]);
			}
		}
		return cells.toTable(false);
	}

	/** With a schema the types are known: each cell becomes a value at once, nothing is kept as text. */
	private static Table readIntoSchema(Path file, ReadOptions options, CSVParser parser,
			Iterator<CSVRecord> records, long headerLine, List<String> names) throws TableReadException {
		Schema schema = options.schema();
		int[] order = SchemaMatch.order(file, headerLine, schema, names);
		TableBuilder builder = new TableBuilder(schema);
		CellConversion conversion = new CellConversion(options);
		CSVRecord record;
		long[] startLine = { 0 };
		while ((record = nextNonBlank(file, records, parser, startLine)) != null) {
			if (record.size() != names.size()) {
				throw ragged(file, startLine[0], record.size(), names);
			}
			for (int c = 0; c < order.length; c++) {
				try {
					conversion.append(builder.column(c), record.get(order[c]));
				} catch (CellConversion.CellException e) {
					throw new TableReadException(file, startLine[0], schema.column(c).name(), e.getMessage());
				}
			}
		}
		return builder.build();
	}

	/**
	 * The next record that is not a blank line, or null at the end; {@code startLine[0]} receives its first line.
	 * Commons CSV counts the line breaks it has consumed, so a record starts one line after the previous ended.
	 */
	private static CSVRecord nextNonBlank(Path file, Iterator<CSVRecord> records, CSVParser parser,
			long[] startLine) throws TableReadException {
		while (true) {
			// read before hasNext(): the iterator parses the next record already there
			long start = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			} catch (UncheckedIOException e) {
				if (e.getCause() instanceof TableReadException read) {
					throw read;
				}
				if (e.getCause() instanceof CharacterCodingException) {
					throw notUtf8(file, e.getCause());
				}
				throw new TableReadException(file, start, null, "the quoting is broken from this line on ("
						+ e.getCause().getMessage() + "); close every quoted cell and write a quote inside one as"
						+ " two quotes (\"\")", e);
			}
			if (record.size() == 1 && record.get(0).isEmpty()) {
				continue;
			}
			startLine[0] = start;
			return record;
		}
	}

	private static List<String> columnNames(Path file, CSVRecord header, long line) throws TableReadException {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c).strip();
			String column = "#" + (c + 1);
			if (name.isEmpty()) {
				throw new TableReadException(file, line, column, "the header has no name for this column; name"
						+ " every column in the first line");
			}
			if (!seen.add(name)) {
				throw new TableReadException(file, line, column, "the name '" + name + "' is given to two columns;"
						+ " each column needs its own name");
			}
			names.add(name);
		}
		return names;
	}

	private static TableReadException ragged(Path file, long line, int cells, List<String> names) {
		String column = cells < names.size() ? names.get(cells) : "#" + (names.size() + 1);
		String problem = cells < names.size()
				? "the line has " + cells + " cells but the header names " + names.size() + " columns; the cell for"
						+ " this column and those after it are missing"
				: "the line has " + cells + " cells but the header names only " + names.size() + " columns; quote"
						+ " cells that contain the separator, or name the extra columns in the header";
		return new TableReadException(file, line, column, problem);
	}
}
