package io.wearline.core.internal;

/**
 * A place in a profile file, as a user finds it: {@code 12:5} in text, {@code Sensors!C4} in a workbook. Places
 * sort in file order (workbooks: sheet by sheet, then row, then column) so that problems are listed as the user
 * meets them.
 *
 * @param part the sheet's position in the workbook, 0 for text
 * @param line the 1-based line or row; 0 for a place outside any file
 * @param column the 1-based column
 * @param label how messages show the place
 */
public record Place(int part, int line, int column, String label) implements Comparable<Place> {

	/** The whole file, for findings that concern no line of it. */
	public static final Place WHOLE_FILE = new Place(0, 1, 1, "1:1");

	/** A place in text. */
	public static Place text(int line, int column) {
		return new Place(0, line, column, line + ":" + column);
	}

	/**
	 * A cell of a sheet.
	 *
	 * @param sheetIndex the sheet's position in the layout, for the order of problems
	 * @param row the 0-based row index, as POI counts
	 * @param column the 0-based column index, as POI counts
	 */
	public static Place cell(int sheetIndex, String sheet, int row, int column) {
		return new Place(sheetIndex, row + 1, column + 1, sheet + "!" + columnName(column) + (row + 1));
	}

	/** A place in a model that was not read from a file, named by its JSON pointer. */
	public static Place pointer(String pointer) {
		return new Place(0, 0, 0, pointer);
	}

	/** {@code A} for 0, {@code Z} for 25, {@code AA} for 26: the column letters of a spreadsheet. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	@Override
	public int compareTo(Place other) {
		int byPart = Integer.compare(part, other.part);
		if (byPart != 0) {
			return byPart;
		}
		int byLine = Integer.compare(line, other.line);
		return byLine != 0 ? byLine : Integer.compare(column, other.column);
	}

	@Override
	public String toString() {
		return label;
	}
}
