package io.wearline.data.internal.xlsx;

import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableReadException;
import io.wearline.data.internal.CellTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects a sheet's cells, row by row as POI's streaming handler reads them, into a {@link CellTable}: the first
 * non-empty row names the columns, empty rows are skipped, a row's missing cells (sparse or merged) are missing
 * values. Only the current row is buffered besides the table's cells. A problem stops the read at once with a
 * {@link Refusal} that carries the message naming the cell.
 */
final class SheetRows implements SheetContentsHandler {
	private static final String ERROR_PREFIX = "ERROR:";
	private final SheetPlace place;
	private final ReadOptions options;
	private final CellText text;
	private final String what;
	private String type;
	private String style;
	private int row;
	private int lastColumn;
	private int[] columns = new int[16];
	private String[] texts = new String[16];
	private int count;
	private int first;
	private List<String> names;
	private String[] values;
	private CellTable cells;

	/**
	 * @param text the texts of numeric cells
	 * @param what what the sheet should hold, for the message when it is empty
	 */
	SheetRows(SheetPlace place, ReadOptions options, CellText text, String what) {
		this.place = place;
		this.options = options;
		this.text = text;
		this.what = what;
	}

	/**
	 * A cell starts.
	 *
	 * @param cellType its type attribute ({@code s}, {@code b}, {@code e} ...), null for a number
	 * @param cellStyle its style attribute, null for the default style
	 */
	void startCell(String cellType, String cellStyle) {
		type = cellType;
		style = cellStyle;
	}

	@Override
	public void startRow(int rowNum) {
		row = rowNum;
		lastColumn = -1;
		count = 0;
	}

	@Override
	public void cell(String reference, String formattedValue, XSSFComment comment) {
		int column = reference == null ? lastColumn + 1 : column(reference, lastColumn + 1);
		lastColumn = column;
		if (formattedValue == null) {
			return;
		}
		String value = value(formattedValue, column);
		if (value.isEmpty()) {
			return;
		}
		if (count == columns.length) {
			columns = Arrays.copyOf(columns, count * 2);
			texts = Arrays.copyOf(texts, count * 2);
		}
		columns[count] = column;
		texts[count++] = value;
	}

	@Override
	public void endRow(int rowNum) {
		if (count == 0) {
			return;
		}
		if (names == null) {
			header();
			return;
		}
		Arrays.fill(values, null);
		for (int i = 0; i < count; i++) {
			int c = columns[i] - first;
			if (c < 0 || c >= values.length) {
				throw new Refusal(place.error(row, columns[i], null, "the cell has a value but its column has no"
						+ " name in the header row; name the column or clear the cell"));
			}
			values[c] = texts[i];
		}
		for (int c = 0; c < values.length; c++) {
			cells.column(c).add(values[c], row + 1L);
		}
	}

	/** The table of the rows read, typed by the shared inference or the options' schema. */
	LoadedTable toTable() throws TableReadException {
		if (names == null) {
			throw new TableReadException(place.file(), 0, null, "sheet '" + place.sheet() + "' is empty; " + what);
		}
		try {
			return cells.toTable(false);
		} catch (TableReadException e) {
			if (e.line() == 0 || e.column() == null || !names.contains(e.column())) {
				throw e;
			}
			throw place.error((int) e.line() - 1, first + names.indexOf(e.column()), e.column(), e.problem());
		}
	}

	/** The first non-empty row: its cells, from the leftmost to the rightmost, name the columns. */
	private void header() {
		first = Integer.MAX_VALUE;
		int last = -1;
		for (int i = 0; i < count; i++) {
			first = Math.min(first, columns[i]);
			last = Math.max(last, columns[i]);
		}
		String[] header = new String[last - first + 1];
		for (int i = 0; i < count; i++) {
			header[columns[i] - first] = texts[i].strip();
		}
		names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int c = 0; c < header.length; c++) {
			String name = header[c];
			if (name == null || name.isEmpty()) {
				throw new Refusal(place.error(row, first + c, null, "the header row has no name for this column;"
						+ " name every column in the first row"));
			}
			if (!seen.add(name)) {
				throw new Refusal(place.error(row, first + c, null, "the name '" + name + "' is given to two"
						+ " columns; each column needs its own name"));
			}
			names.add(name);
		}
		values = new String[names.size()];
		cells = new CellTable(place.file(), row + 1L, options, names);
	}

	/** A cell's value as the text the CSV inference and conversion understand. */
	private String value(String formatted, int column) {
		if (type == null) {
			return text.numeric(formatted, style);
		}
		return switch (type) {
			case "s", "str", "inlineStr" -> formatted;
			case "b" -> "TRUE".equals(formatted) ? "true" : "false";
			case "e" -> throw new Refusal(place.error(row, column, null, "the cell holds the error "
					+ formatted.substring(formatted.startsWith(ERROR_PREFIX) ? ERROR_PREFIX.length() : 0)
					+ "; correct the formula or clear the cell"));
			default -> text.numeric(formatted, style);
		};
	}

	/** The 0-based column of a reference such as AB12, or {@code otherwise} when it has no column letters. */
	static int column(String reference, int otherwise) {
		int column = 0;
		int i = 0;
		for (; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			} else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			} else {
				break;
			}
		}
		return i == 0 ? otherwise : column - 1;
	}

	/** Stops POI's handler, which lets no checked exception through, with the problem of a cell. */
	static final class Refusal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refusal(TableReadException reason) {
			super(reason.getMessage(), reason, false, false);
		}

		TableReadException reason() {
			return (TableReadException) getCause();
		}
	}
}
