package io.wearline.data.internal.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The text of a numeric cell as the CSV inference and conversion understand it: a date (a number in a cell
 * style with a date format) in ISO form, a whole number without a fraction, any other number with every digit
 * Java needs to give back the same double. The display format a spreadsheet shows ("0.0", "#,##0") is not used:
 * it would lose digits or add separators.
 * <p>
 * Which styles format dates is decided once per workbook from its {@link StylesTable}, not per cell: POI's sheet
 * handler would look the style up in the styles' XML and match its format against date patterns for every
 * number, which costs more than parsing the sheet.
 */
final class CellText {
	private final boolean[] dateStyles;
	private final boolean date1904;

	private CellText(boolean[] dateStyles, boolean date1904) {
		this.dateStyles = dateStyles;
		this.date1904 = date1904;
	}

	/**
	 * @param styles the workbook's styles, null when it has none
	 * @param date1904 whether the workbook counts days from 1904 (old Mac workbooks) instead of 1900
	 */
	static CellText of(StylesTable styles, boolean date1904) {
		boolean[] dates = new boolean[styles == null ? 0 : styles.getNumCellStyles()];
		for (int i = 0; i < dates.length; i++) {
			XSSFCellStyle style = styles.getStyleAt(i);
			dates[i] = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
		}
		return new CellText(dates, date1904);
	}

	/**
	 * The text of a numeric cell.
	 *
	 * @param raw the cell's value as the sheet's XML holds it
	 * @param style the index of the cell's style (its {@code s} attribute), null for the default style 0
	 */
	String numeric(String raw, String style) {
		double value;
		try {
			value = Double.parseDouble(raw);
		} catch (NumberFormatException e) {
			// an ISO 8601 date cell (t="d") or a value no spreadsheet program writes: kept as it is
			return raw;
		}
		if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, date1904).toString();
		}
		return number(value);
	}

	private boolean isDateStyle(String style) {
		int index = 0;
		if (style != null) {
			try {
				index = Integer.parseInt(style);
			} catch (NumberFormatException e) {
				return false;
			}
		}
		return index >= 0 && index < dateStyles.length && dateStyles[index];
	}

	/** Spreadsheets store every number as a double; one without a fraction is written as a whole number. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}
}
