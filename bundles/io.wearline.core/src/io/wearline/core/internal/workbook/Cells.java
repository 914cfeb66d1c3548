package io.wearline.core.internal.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

import io.wearline.core.internal.Scalar;
import io.wearline.dsl.conversion.NumberText;

/** What a cell holds, as the {@link Scalar} every format converts alike; formulas give their cached result. */
final class Cells {

	private Cells() {
	}

	/** The value of a row's cell, or {@code null} when the cell is missing, blank or only spaces. */
	static Scalar scalar(Row row, int column) {
		Cell cell = row == null || column < 0 ? null : row.getCell(column);
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
		case STRING -> {
			String text = cell.getStringCellValue();
			yield text == null || text.isBlank() ? null : Scalar.text(text);
		}
		case NUMERIC -> {
			double value = cell.getNumericCellValue();
			yield Scalar.number(Double.isFinite(value) ? NumberText.of(value) : Double.toString(value), value);
		}
		case BOOLEAN -> Scalar.bool(cell.getBooleanCellValue());
		case ERROR -> Scalar.text(errorText(cell));
		default -> null;
		};
	}

	/** The text of a cell, or {@code null} when it is blank. */
	static String text(Row row, int column) {
		Scalar scalar = scalar(row, column);
		return scalar == null ? null : scalar.text().strip();
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		} catch (IllegalArgumentException e) {
			return "#ERROR";
		}
	}
}
