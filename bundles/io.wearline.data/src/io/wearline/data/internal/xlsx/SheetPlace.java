package io.wearline.data.internal.xlsx;

import io.wearline.data.TableReadException;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;

/**
 * Where in a workbook a problem is, for messages that name the sheet and the cell as a spreadsheet program shows
 * them ("sheet 'Seed', cell B7").
 *
 * @param file the workbook
 * @param sheet the sheet's name
 */
record SheetPlace(Path file, String sheet) {

	/**
	 * A problem at one cell.
	 *
	 * @param row the 0-based row
	 * @param column the 0-based column
	 * @param columnName the name of the table's column, or null when the cell is under none
	 */
	TableReadException error(int row, int column, String columnName, String problem) {
		String cell = CellReference.convertNumToColString(column) + (row + 1);
		return new TableReadException(file, row + 1L, columnName, "sheet '" + sheet + "', cell " + cell + ": "
				+ problem);
	}
}
