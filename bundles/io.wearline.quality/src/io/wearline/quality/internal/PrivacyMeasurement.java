package io.wearline.quality.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wearline.data.Median;
import io.wearline.data.Table;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PrivacyResult;
import io.wearline.quality.ScoringOptions;

/**
 * Privacy of a synthetic table: exact copies of real rows over all rows, and SDMetrics' DCR overfitting protection
 * on subsamples of {@link ScoringOptions#privacyRows()} rows of each table (SDMetrics' {@code num_rows_subsample},
 * one iteration), when a holdout is given.
 */
public final class PrivacyMeasurement {
	private PrivacyMeasurement() {
	}

	/** Measures; notes on a missing or unusable holdout and on subsampling go to {@code notes}. */
	public static PrivacyResult measure(Table real, Table synthetic, Table holdout, List<MatchedColumn> prepared,
			ScoringOptions options, List<Note> notes) {
		if (prepared.isEmpty()) {
			return PrivacyResult.none();
		}
		boolean[] numeric = new boolean[prepared.size()];
		for (int c = 0; c < numeric.length; c++) {
			numeric[c] = prepared.get(c).numeric();
		}
		RowMatrix training = RowMatrix.of(prepared, true);
		RowMatrix generated = RowMatrix.of(prepared, false);
		double copies = exactCopies(training, generated);
		RowMatrix heldOut = null;
		if (holdout == null) {
			notes.add(new Note(NoteKind.NO_HOLDOUT, "privacy", "No real holdout was given, so the distance to the"
					+ " closest record is not compared with unseen rows (DCR overfitting protection is not scored)."
					+ " Keep back real rows the synthesizer never saw and pass them as the holdout."));
		} else if (holdout.rowCount() == 0) {
			notes.add(new Note(NoteKind.NO_HOLDOUT, "privacy", "The holdout table has no rows, so DCR overfitting"
					+ " protection is not scored. Give a holdout with rows."));
		} else {
			try {
				heldOut = RowMatrix.of(prepared, holdout);
			} catch (IllegalArgumentException e) {
				notes.add(new Note(NoteKind.NO_HOLDOUT, "privacy", "The holdout does not fit the real table: " + e.getMessage()
						+ ", so DCR overfitting protection is not scored. Give a holdout with the real table's columns."));
			}
		}
		int limit = options.privacyRows();
		RowMatrix syntheticSample = generated.sample(limit, options.seed() + 11);
		RowMatrix trainingSample = training.sample(limit, options.seed() + 13);
		RowMatrix holdoutSample = heldOut == null ? null : heldOut.sample(limit, options.seed() + 17);
		if (syntheticSample.rows < generated.rows || trainingSample.rows < training.rows
				|| (heldOut != null && holdoutSample.rows < heldOut.rows)) {
			notes.add(new Note(NoteKind.SUBSAMPLED, "privacy", "The distance to the closest record was measured on "
					+ syntheticSample.rows + " synthetic rows against " + trainingSample.rows + " real training rows"
					+ (heldOut == null ? "" : " and " + holdoutSample.rows + " holdout rows")
					+ ", drawn at random (seed " + options.seed() + "), as SDMetrics' num_rows_subsample does."));
		}
		double[] toTraining = DistanceToClosestRecord.of(syntheticSample, trainingSample, numeric);
		if (holdoutSample == null) {
			double nan = Double.NaN;
			return new PrivacyResult(nan, nan, nan, Median.of(toTraining), nan, copies, syntheticSample.rows,
					trainingSample.rows, 0, numeric.length);
		}
		double[] toHoldout = DistanceToClosestRecord.of(syntheticSample, holdoutSample, numeric);
		int closer = 0;
		for (int i = 0; i < toTraining.length; i++) {
			if (toTraining[i] < toHoldout[i]) {
				closer++;
			}
		}
		double closerToTraining = (double) closer / toTraining.length;
		double score = Math.min((1 - closerToTraining) * 2, 1);
		return new PrivacyResult(score, closerToTraining, 1 - closerToTraining, Median.of(toTraining), Median.of(toHoldout),
				copies, syntheticSample.rows, trainingSample.rows, holdoutSample.rows, numeric.length);
	}

	/** The share of synthetic rows equal, column for column (missing equal to missing), to some real row. */
	static double exactCopies(RowMatrix real, RowMatrix synthetic) {
		Set<Row> rows = new HashSet<>(real.rows * 2);
		for (int r = 0; r < real.rows; r++) {
			rows.add(new Row(real, r));
		}
		int copies = 0;
		for (int r = 0; r < synthetic.rows; r++) {
			if (rows.contains(new Row(synthetic, r))) {
				copies++;
			}
		}
		return synthetic.rows == 0 ? Double.NaN : (double) copies / synthetic.rows;
	}

	/** A row's cells as a set key; +0.0 and -0.0 are one value, and every NaN is one "missing". */
	private static final class Row {
		private final double[] cells;
		private final int hash;

		Row(RowMatrix matrix, int row) {
			cells = Arrays.copyOfRange(matrix.cells, row * matrix.columns, (row + 1) * matrix.columns);
			for (int c = 0; c < cells.length; c++) {
				cells[c] = cells[c] == 0 ? 0 : cells[c];
			}
			hash = Arrays.hashCode(cells);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Row row && Arrays.equals(cells, row.cells);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
