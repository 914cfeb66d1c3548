package io.wearline.quality;

import io.wearline.data.ColumnType;

/**
 * How a column is scored, SDMetrics' "sdtype": numbers are compared as distributions (KS complement) and by
 * correlation; categories and flags by frequencies (TV complement) and contingency tables; free text is not
 * scored.
 */
public enum ColumnKind {
	/** DOUBLE, LONG and INT columns. */
	NUMERICAL,
	/** CATEGORICAL columns (and STRING columns facing a CATEGORICAL one, compared by label). */
	CATEGORICAL,
	/** BOOLEAN columns. */
	BOOLEAN,
	/** STRING columns: free text, identifiers; listed in the notes, never scored. */
	TEXT;

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
