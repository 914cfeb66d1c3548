package io.wearline.quality;

/**
 * What a {@link Note} of a report is about. Each kind has one stated rule, applied the same way by every caller
 * (the command line, the workbench, the fleet validation).
 */
public enum NoteKind {
	/** A table has no rows: nothing is scored and every score is missing (NaN). */
	EMPTY_TABLE,
	/** A column of the real table is not in the synthetic one: it is not scored, and neither are its pairs. */
	MISSING_COLUMN,
	/** A column of the synthetic table is not in the real one: it is ignored. */
	EXTRA_COLUMN,
	/**
	 * A column is of another kind in the two tables (numbers against categories, say): it is not scored. Numbers of
	 * different widths (INT against DOUBLE) are compared as numbers without a note.
	 */
	TYPE_MISMATCH,
	/** A STRING column (free text, identifiers): not scored, as SDMetrics does not score its id and text sdtypes. */
	TEXT_COLUMN,
	/**
	 * A key or identifier (the metadata's {@code id}: a unique key, or a column named as an id): not scored, as
	 * SDMetrics does not score id columns.
	 */
	ID_COLUMN,
	/** A column of the real table that the metadata does not name: not scored, as SDMetrics scores only those. */
	NOT_IN_METADATA,
	/**
	 * Every value of a column is missing in a table: its shape is not scored (no values to compare), nor are its
	 * correlation pairs (fewer than two complete rows); its contingency pairs are, with missing as a category of its
	 * own, as SDMetrics does.
	 */
	ALL_MISSING,
	/**
	 * A numeric column holds one value in a table: its shape is scored, but its correlations are undefined, so its
	 * correlation pairs are not scored and count in no average (SDMetrics' ConstantInputError).
	 */
	CONSTANT_COLUMN,
	/** Rows were subsampled for speed; the note says which and how many. */
	SUBSAMPLED,
	/** No real holdout was given: privacy's DCR comparison is not measured (exact copies still are). */
	NO_HOLDOUT,
	/** The tables have unit and cycle columns but the synthetic rows carry no sequence (or the columns are missing). */
	NO_SEQUENCE,
	/** A metric could not be computed; the message says why. */
	METRIC_FAILED
}
