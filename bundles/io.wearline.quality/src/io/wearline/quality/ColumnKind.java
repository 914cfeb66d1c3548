package io.wearline.quality;

import io.wearline.data.ColumnType;

/**
 * How a column is scored, SDMetrics' "sdtype": numbers are compared as distributions (KS complement) and by
 * correlation; categories and flags by frequencies (TV complement) and contingency tables; identifiers and free
 * text are not scored. {@link TableMetadata} says which kind each column of a table is: detected as SDV does, read
 * from SDV's metadata JSON, or taken from the column types.
 */
public enum ColumnKind {
	/** DOUBLE, LONG and INT columns. */
	NUMERICAL,
	/** CATEGORICAL columns (and STRING columns facing a CATEGORICAL one, compared by label). */
	CATEGORICAL,
	/** BOOLEAN columns. */
	BOOLEAN,
	/** STRING columns when kinds come from the column types: free text; listed in the notes, never scored. */
	TEXT,
	/** Keys and identifiers (SDV's "id"): listed in the notes, never scored, as SDMetrics leaves them out. */
	ID,
	/** Dates and times (SDV's "datetime"): numeric ones are scored as numbers, as SDMetrics does. */
	DATETIME;

	/** The kind of an SDV sdtype ({@code numerical}, {@code categorical}, ...), or null for another word. */
	public static ColumnKind ofSdtype(String sdtype) {
		return switch (sdtype) {
			case "numerical" -> NUMERICAL;
			case "categorical" -> CATEGORICAL;
			case "boolean" -> BOOLEAN;
			case "datetime" -> DATETIME;
			case "id" -> ID;
			default -> null;
		};
	}

	/** The SDV sdtype of this kind; free text is SDV's {@code unknown}. */
	public String sdtype() {
		return this == TEXT ? "unknown" : name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether columns of this kind are scored at all. */
	public boolean isScored() {
		return this != TEXT && this != ID;
	}

	/** The kind of a column type. */
	public static ColumnKind of(ColumnType type) {
		return switch (type) {
			case DOUBLE, LONG, INT -> NUMERICAL;
			case CATEGORICAL -> CATEGORICAL;
			case BOOLEAN -> BOOLEAN;
			case STRING -> TEXT;
		};
	}

	/** Whether pairs of this kind are compared by contingency tables rather than correlation. */
	public boolean isDiscrete() {
		return this == CATEGORICAL || this == BOOLEAN;
	}
}
