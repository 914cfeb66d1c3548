package io.wearline.data.internal;

import io.wearline.data.ColumnType;
import io.wearline.data.InferenceReport;
import io.wearline.data.InferredColumn;
import io.wearline.data.ReadOptions;
import java.util.HashSet;
import java.util.Set;

/**
 * Infers one column's type from its cells by the rule documented on {@link InferenceReport}: the narrowest of
 * INT, LONG, DOUBLE, BOOLEAN that fits every value, else CATEGORICAL or STRING by the number of distinct labels.
 * One pass; the distinct labels are counted only up to the category limit, so free text costs no extra memory.
 */
public final class TypeInference {
	private final ReadOptions options;

	/** An inference with these options' missing tokens and category limit. */
	public TypeInference(ReadOptions options) {
		this.options = options;
	}

	/**
	 * The type of a column.
	 *
	 * @param name the column's name
	 * @param cells the cells' texts (null where a row had no cell) and their lines, for the report
	 * @param textOnly whether the values were written as text (JSON strings), which rules out numbers and booleans
	 */
	public InferredColumn infer(String name, CellColumn cells, boolean textOnly) {
		// the first cell that rules out each type; its text and line go into the report
		int notInt = -1;
		int notLong = -1;
		int notDouble = -1;
		int notBoolean = -1;
		long values = 0;
		Set<String> labels = new HashSet<>();
		for (int i = 0; i < cells.size(); i++) {
			String text = cells.get(i);
			if (options.isMissing(text)) {
				continue;
			}
			values++;
			if (labels.size() <= options.maxCategories()) {
				labels.add(text);
			}
			if (notDouble >= 0 && notBoolean >= 0) {
				continue; // text already; only the labels still matter
			}
			String trimmed = text.strip();
			if (notLong < 0 && !fitsLong(trimmed)) {
				notLong = i;
			}
			if (notInt < 0 && (notLong >= 0 || !fitsInt(trimmed))) {
				notInt = i;
			}
			if (notDouble < 0 && notLong >= 0 && !NumberSyntax.isDecimal(trimmed)) {
				notDouble = i;
			}
			if (notBoolean < 0 && !trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
				notBoolean = i;
			}
		}
		long missing = cells.size() - values;
		if (values == 0) {
			return new InferredColumn(name, ColumnType.STRING, 0, missing, "no values, so text");
		}
		if (textOnly) {
			return text(name, values, missing, labels.size(), "the values are quoted text");
		}
		if (notInt < 0) {
			return new InferredColumn(name, ColumnType.INT, values, missing, "every value is a whole number in the"
					+ " int range");
		}
		if (notLong < 0) {
			return new InferredColumn(name, ColumnType.LONG, values, missing, "every value is a whole number, "
					+ place(cells, notInt) + " is beyond the int range");
		}
		if (notDouble < 0) {
			return new InferredColumn(name, ColumnType.DOUBLE, values, missing, "every value is a number, "
					+ place(cells, notLong) + " is not whole");
		}
		if (notBoolean < 0) {
			return new InferredColumn(name, ColumnType.BOOLEAN, values, missing, "every value is true or false");
		}
		return text(name, values, missing, labels.size(), place(cells, notDouble) + " is not a number");
	}

	private static String place(CellColumn cells, int index) {
		return "'" + cells.get(index) + "' on line " + cells.line(index);
	}

	private InferredColumn text(String name, long values, long missing, int distinct, String why) {
		boolean categorical = distinct <= options.maxCategories() && 2L * distinct <= values;
		if (categorical) {
			return new InferredColumn(name, ColumnType.CATEGORICAL, values, missing, why + "; " + distinct
					+ " distinct labels, at most " + options.maxCategories() + " and at most half the values");
		}
		String count = distinct > options.maxCategories() ? "more than " + options.maxCategories()
				: String.valueOf(distinct);
		return new InferredColumn(name, ColumnType.STRING, values, missing, why + "; " + count
				+ " distinct values, too many for categories");
	}

	private static boolean fitsLong(String text) {
		if (!NumberSyntax.isInteger(text)) {
			return false;
		}
		try {
			Long.parseLong(text);
			return true;
		} catch (NumberFormatException tooLong) {
			return false;
		}
	}

	private static boolean fitsInt(String text) {
		long value = Long.parseLong(text);
		return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
	}
}
