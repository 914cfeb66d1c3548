package io.wearline.data.internal;

import io.wearline.data.BooleanColumnBuilder;
import io.wearline.data.CategoricalColumnBuilder;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.DoubleColumnBuilder;
import io.wearline.data.IntColumnBuilder;
import io.wearline.data.LongColumnBuilder;
import io.wearline.data.ReadOptions;
import io.wearline.data.StringColumnBuilder;

/**
 * Appends a cell's text to a column builder as a value of the column's type. Numbers and booleans may have
 * surrounding spaces; text is kept as it is. A text that does not fit the type is reported with what the column
 * expects and what to do, for the reader to add the place.
 */
public final class CellConversion {

	/** A cell whose text does not fit its column; the message says what is wrong and what to change. */
	public static final class CellException extends Exception {
		private static final long serialVersionUID = 1L;

		CellException(String message) {
			super(message);
		}
	}

	private final ReadOptions options;

	/** A conversion with these options' missing tokens. */
	public CellConversion(ReadOptions options) {
		this.options = options;
	}

	/** Appends the value of this text, or a missing value. */
	public void append(ColumnBuilder builder, String text) throws CellException {
		if (options.isMissing(text)) {
			if (!builder.column().nullable()) {
				throw new CellException("the cell is empty but the column may not have missing values; give it a"
						+ " value");
			}
			builder.addMissing();
			return;
		}
		switch (builder) {
			case DoubleColumnBuilder doubles -> doubles.add(parseDouble(text));
			case LongColumnBuilder longs -> longs.add(parseLong(text, Long.MIN_VALUE, Long.MAX_VALUE, "LONG"));
			case IntColumnBuilder ints -> ints.add((int) parseLong(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "INT"));
			case BooleanColumnBuilder booleans -> booleans.add(parseBoolean(text));
			case StringColumnBuilder strings -> strings.add(text);
			case CategoricalColumnBuilder categories -> categories.add(text);
		}
	}

	private static double parseDouble(String text) throws CellException {
		String trimmed = text.strip();
		if (!NumberSyntax.isDecimal(trimmed)) {
			throw new CellException("'" + text + "' is not a number but the column holds DOUBLE values; correct the"
					+ " cell (a decimal point, not a comma) or leave it empty for a missing value");
		}
		return Double.parseDouble(trimmed);
	}

	private static long parseLong(String text, long min, long max, String type) throws CellException {
		String trimmed = text.strip();
		try {
			if (NumberSyntax.isInteger(trimmed)) {
				long value = Long.parseLong(trimmed);
				if (value >= min && value <= max) {
					return value;
				}
			}
		} catch (NumberFormatException tooLong) {
			// falls through to the message below
		}
		throw new CellException("'" + text + "' is not a whole number from " + min + " to " + max + " but the column"
				+ " holds " + type + " values; correct the cell, leave it empty for a missing value, or declare the"
				+ " column " + ("INT".equals(type) ? "LONG or DOUBLE" : "DOUBLE"));
	}

	private static boolean parseBoolean(String text) throws CellException {
		String trimmed = text.strip();
		if (trimmed.equalsIgnoreCase("true")) {
			return true;
		}
		if (trimmed.equalsIgnoreCase("false")) {
			return false;
		}
		throw new CellException("'" + text + "' is neither true nor false but the column holds BOOLEAN values;"
				+ " correct the cell or leave it empty for a missing value");
	}
}
