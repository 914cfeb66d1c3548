package io.wearline.quality.internal.utility;

import java.util.List;
import java.util.stream.IntStream;

import io.wearline.data.Table;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.UtilityOptions;

/**
 * The rows utility models train and test on: real training rows, synthetic training rows (each subsampled to the
 * limit) and the test rows (the holdout's, or the held-out real units).
 *
 * @param realTraining rows of the real table to train on
 * @param syntheticTraining rows of the synthetic table to train on
 * @param test the table the test rows are in (the real table or the holdout)
 * @param testRows the test rows
 */
public record TrainingRows(int[] realTraining, int[] syntheticTraining, Table test, int[] testRows) {

	/** Chooses the rows and notes how; null when a side has no rows. */
	public static TrainingRows choose(Table real, Table synthetic, Table holdout, UtilityOptions options,
			List<Note> notes) {
		int[] realRows;
		Table test;
		int[] testRows;
		if (holdout != null && holdout.rowCount() > 0) {
			realRows = IntStream.range(0, real.rowCount()).toArray();
			test = holdout;
			testRows = IntStream.range(0, holdout.rowCount()).toArray();
		} else {
			int[][] split = RowSplit.split(real, options.unitColumn(), options.testShare(), options.seed());
			realRows = split[0];
			test = real;
			testRows = split[1];
			notes.add(new Note(NoteKind.NO_HOLDOUT, "utility", "No holdout was given, so both models were tested on "
					+ testRows.length + " real rows (" + Math.round(options.testShare() * 100) + "% of the "
					+ (real.schema().indexOf(options.unitColumn()) >= 0 ? "units" : "rows") + ", seed " + options.seed()
					+ ") that the real model did not train on; the synthesizer may have seen them, which flatters the"
					+ " synthetic model. Pass a holdout for a fair test."));
		}
		if (realRows.length == 0 || testRows.length == 0 || synthetic.rowCount() == 0) {
			return null;
		}
		int[] allTestRows = testRows;
		testRows = RowSplit.sample(testRows, options.maxTestRows(), options.seed() + 3);
		if (testRows.length < allTestRows.length) {
			notes.add(new Note(NoteKind.SUBSAMPLED, "utility", "The models were tested on " + testRows.length + " of "
					+ allTestRows.length + " held-out real rows, drawn at random (seed " + options.seed() + ")."));
		}
		int limit = options.maxTrainingRows();
		int[] realTraining = RowSplit.sample(realRows, limit, options.seed() + 1);
		int[] syntheticTraining = RowSplit.sample(IntStream.range(0, synthetic.rowCount()).toArray(), limit,
				options.seed() + 2);
		if (realTraining.length < realRows.length || syntheticTraining.length < synthetic.rowCount()) {
			notes.add(new Note(NoteKind.SUBSAMPLED, "utility", "The models trained on " + realTraining.length + " of "
					+ realRows.length + " real rows and " + syntheticTraining.length + " of " + synthetic.rowCount()
					+ " synthetic rows, drawn at random (seed " + options.seed() + "), to keep training within seconds."));
		}
		return new TrainingRows(realTraining, syntheticTraining, test, testRows);
	}
}
