package io.wearline.quality.internal;

import io.wearline.data.ColumnValues;
import io.wearline.quality.ColumnKind;

/**
 * A column that both tables have with compatible types, prepared for scoring: numbers for a numerical column,
 * codes over a shared dictionary for a categorical or boolean one (the other pair of fields is null).
 *
 * @param name the column's name
 * @param kind how it is scored
 * @param realNumbers the real values of a numerical column
 * @param syntheticNumbers the synthetic values of a numerical column
 * @param realLabels the real codes of a discrete column
 * @param syntheticLabels the synthetic codes of a discrete column
 */
public record MatchedColumn(String name, ColumnKind kind, NumericColumn realNumbers, NumericColumn syntheticNumbers,
		DiscreteColumn realLabels, DiscreteColumn syntheticLabels) {

	/** Prepares the two tables' values of one column of this kind (NUMERICAL, CATEGORICAL or BOOLEAN). */
	public static MatchedColumn prepare(String name, ColumnKind kind, ColumnValues real, ColumnValues synthetic) {
		if (kind == ColumnKind.NUMERICAL) {
			NumericColumn realNumbers = NumericColumn.of(real);
			NumericColumn syntheticNumbers = NumericColumn.of(synthetic);
			// the lazily built vectors, made here so that the pair loop never waits on a column's lock
			for (NumericColumn column : new NumericColumn[] { realNumbers, syntheticNumbers }) {
				column.roundedSorted();
				if (column.complete() && !column.constant()) {
					column.unitVector(false);
					column.unitVector(true);
				}
			}
			return new MatchedColumn(name, kind, realNumbers, syntheticNumbers, null, null);
		}
		DiscreteColumn[] pair = DiscreteColumn.pair(real, synthetic);
		return new MatchedColumn(name, kind, null, null, pair[0], pair[1]);
	}

	/** Whether the column is numerical (else discrete). */
	public boolean numeric() {
		return kind == ColumnKind.NUMERICAL;
	}

	/** Whether the real column holds exactly one distinct value. */
	public boolean constantReal() {
		return numeric() ? realNumbers.constant() : realLabels.constant();
	}

	/** Whether the synthetic column holds exactly one distinct value. */
	public boolean constantSynthetic() {
		return numeric() ? syntheticNumbers.constant() : syntheticLabels.constant();
	}

	/** The share of real rows without a value. */
	public double missingReal() {
		int rows = numeric() ? realNumbers.rows() : realLabels.rows();
		int missing = numeric() ? realNumbers.missing() : realLabels.missing();
		return rows == 0 ? Double.NaN : (double) missing / rows;
	}

	/** The share of synthetic rows without a value. */
	public double missingSynthetic() {
		int rows = numeric() ? syntheticNumbers.rows() : syntheticLabels.rows();
		int missing = numeric() ? syntheticNumbers.missing() : syntheticLabels.missing();
		return rows == 0 ? Double.NaN : (double) missing / rows;
	}

	/** Whether every real value is missing. */
	public boolean allMissingReal() {
		return numeric() ? realNumbers.sorted().length == 0 : realLabels.present() == 0;
	}

	/** Whether every synthetic value is missing. */
	public boolean allMissingSynthetic() {
		return numeric() ? syntheticNumbers.sorted().length == 0 : syntheticLabels.present() == 0;
	}
}
