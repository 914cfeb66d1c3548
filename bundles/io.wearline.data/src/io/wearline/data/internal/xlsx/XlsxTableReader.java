package io.wearline.data.internal.xlsx;

import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.internal.CellTable;
import io.wearline.data.internal.FileChecks;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an XLSX workbook (the first, or the one named) whose first non-empty row names the columns.
 * Empty rows are skipped. Cells become text (whole numbers without a fraction, booleans as true/false, dates in
 * ISO form, formulas by their cached result) and then go through the CSV reader's inference and conversion.
 * <p>
 * The whole workbook is loaded into memory (POI's user model), so files over {@link #MAX_BYTES} are refused;
 * large data belongs in CSV or Parquet.
 */
public final class XlsxTableReader implements TableReader {
	/** 64 MB of compressed workbook is already several hundred MB of cells in memory. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;
	private static final String WHAT = "an XLSX workbook needs a sheet whose first row names the columns";
	private final String sheetName;

	/** A reader of the first sheet. */
	public XlsxTableReader() {
		this(null);
	}

	/** A reader of the sheet of this name, or of the first sheet when it is null. */
	public XlsxTableReader(String sheetName) {
		this.sheetName = sheetName;
	}

	@Override
	public String format() {
		return "xlsx";
	}

	@Override
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		FileChecks.beforeReading(file, options.maxFileBytes(), WHAT);
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new TableReadException(file, 0, null, "the file's size cannot be read: " + e.getMessage(), e);
		}
		if (size > MAX_BYTES) {
			throw new TableReadException(file, 0, null, "the workbook is " + size + " bytes, more than the "
					+ MAX_BYTES + " read from XLSX (the whole workbook is held in memory); save the sheet as CSV"
					+ " or Parquet");
		}
		try {
			return Hadoop.call(() -> {
				try (OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
						XSSFWorkbook workbook = new XSSFWorkbook(zip)) {
					return readSheet(file, options, sheet(file, workbook));
				} catch (InvalidFormatException e) {
					throw new IOException(e.getMessage(), e);
				}
			});
		} catch (TableReadException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new TableReadException(file, 0, null, "the file is not a readable XLSX workbook (" + e.getMessage()
					+ "); open it in a spreadsheet program and save it as an Excel workbook (.xlsx)", e);
		}
	}

	private Sheet sheet(Path file, XSSFWorkbook workbook) throws TableReadException {
		if (workbook.getNumberOfSheets() == 0) {
			throw FileChecks.empty(file, WHAT);
		}
		if (sheetName == null) {
			return workbook.getSheetAt(0);
		}
		Sheet sheet = workbook.getSheet(sheetName);
		if (sheet == null) {
			List<String> names = new ArrayList<>();
			workbook.forEach(s -> names.add(s.getSheetName()));
			throw new TableReadException(file, 0, null, "the workbook has no sheet '" + sheetName + "'; its sheets"
					+ " are " + names);
		}
		return sheet;
	}

	private static LoadedTable readSheet(Path file, ReadOptions options, Sheet sheet) throws TableReadException {
		SheetPlace place = new SheetPlace(file, sheet.getSheetName());
		Row header = null;
		for (Row row : sheet) {
			if (!isBlank(row)) {
				header = row;
				break;
			}
		}
		if (header == null) {
			throw new TableReadException(file, 0, null, "sheet '" + sheet.getSheetName() + "' is empty; " + WHAT);
		}
		int first = header.getFirstCellNum();
		List<String> names = columnNames(place, header, first);
		CellTable cells = new CellTable(file, header.getRowNum() + 1L, options, names);
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (isBlank(row)) {
				continue;
			}
			for (Cell cell : row) {
				int c = cell.getColumnIndex() - first;
				if ((c < 0 || c >= names.size()) && text(place, cell) != null) {
					throw place.error(r, cell.getColumnIndex(), null, "the cell has a value but its column has no name"
							+ " in the header row; name the column or clear the cell");
				}
			}
			for (int c = 0; c < names.size(); c++) {
				cells.column(c).add(text(place, row.getCell(first + c)), r + 1L);
			}
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

	private static List<String> columnNames(SheetPlace place, Row header, int first) throws TableReadException {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int c = first; c < header.getLastCellNum(); c++) {
			String name = text(place, header.getCell(c));
			name = name == null ? "" : name.strip();
			if (name.isEmpty()) {
				throw place.error(header.getRowNum(), c, null, "the header row has no name for this column; name"
						+ " every column in the first row");
			}
			if (!seen.add(name)) {
				throw place.error(header.getRowNum(), c, null, "the name '" + name + "' is given to two columns;"
						+ " each column needs its own name");
			}
			names.add(name);
		}
		return names;
	}

	private static boolean isBlank(Row row) {
		if (row == null) {
			return true;
		}
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK
					&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty())) {
				return false;
			}
		}
		return true;
	}

	/** A cell's value as the text the CSV inference and conversion understand, null when empty. */
	private static String text(SheetPlace place, Cell cell) throws TableReadException {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
					: number(cell.getNumericCellValue());
			case ERROR -> throw place.error(cell.getRowIndex(), cell.getColumnIndex(), null, "the cell holds the"
					+ " error " + FormulaError.forInt(cell.getErrorCellValue()).getString() + "; correct the formula"
					+ " or clear the cell");
			default -> null;
		};
	}

	/** Spreadsheets store every number as a double; one without a fraction is written as a whole number. */
	private static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

	/** Where in the workbook a problem is, for messages. */
	private record SheetPlace(Path file, String sheet) {
		TableReadException error(int row, int column, String columnName, String problem) {
			String cell = CellReference.convertNumToColString(column) + (row + 1);
			return new TableReadException(file, row + 1L, columnName, "sheet '" + sheet + "', cell " + cell + ": "
					+ problem);
		}
	}
}
