package io.wearline.data;

import java.util.List;

/**
 * What a reader inferred for each column of a file read without a schema, in column order. The rule, tried in
 * this order on the cells that are not missing: INT when every value is a whole number in the int range, LONG
 * when every value is a whole number in the long range, DOUBLE when every value is a decimal number (NaN and
 * Infinity included), BOOLEAN when every value is true or false (any case), otherwise text. Text is
 * CATEGORICAL when it has at most {@link ReadOptions#maxCategories()} distinct values and at most half as many
 * distinct values as values (so labels repeat), otherwise STRING. A column without any value is STRING.
 * Inferred columns are always nullable, so that tables read from two files of one layout have equal schemas.
 *
 * @param columns one entry per column
 */
public record InferenceReport(List<InferredColumn> columns) {

	/** Copies the list. */
	public InferenceReport {
		columns = List.copyOf(columns);
	}

	/** The report of a file read with a given schema: nothing was inferred. */
	public static InferenceReport none() {
		return new InferenceReport(List.of());
	}

	/** Whether nothing was inferred. */
	public boolean isEmpty() {
		return columns.isEmpty();
	}

	/** The entry of the column of this name, or null. */
	public InferredColumn column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	/** The report for a person, one line per column. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Inferred types of ").append(columns.size()).append(" columns:");
		for (InferredColumn column : columns) {
			text.append(System.lineSeparator()).append("  ").append(column);
		}
		return text.toString();
	}
}
