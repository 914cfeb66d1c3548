package io.wearline.synth;

import java.util.Objects;

/**
 * A condition of conditional sampling: a one-hot column (a category, a boolean, a number of few values) holds one
 * value in every generated row, as in {@code --where failure_mode=bearing_wear}.
 *
 * @param column the column's name
 * @param value the value, written as the column's plan writes it ({@code true}, {@code 3}, {@code bearing_wear})
 */
public record Condition(String column, String value) {

	/** Checks that both parts are there. */
	public Condition {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(value, "value");
		if (column.isEmpty()) {
			throw new IllegalArgumentException("a condition needs a column name");
		}
	}

	/**
	 * A condition written {@code column=value} (the value may hold further {@code =} signs).
	 *
	 * @throws IllegalArgumentException when the text has no {@code =} or nothing before it
	 */
	public static Condition parse(String text) {
		int equals = text.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("'" + text + "' is not a condition; write column=value, for example "
					+ "failure_mode=bearing_wear");
		}
		return new Condition(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
	}

	@Override
	public String toString() {
		return column + "=" + value;
	}
}
