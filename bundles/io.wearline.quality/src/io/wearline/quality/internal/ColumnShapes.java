package io.wearline.quality.internal;

import java.util.List;

import io.wearline.quality.ColumnResult;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.ValueSummary;

/**
 * SDMetrics' Column Shapes property, column by column, with the other single-column figures of the report beside
 * each score, and the notes on constant and empty columns.
 */
public final class ColumnShapes {
	private ColumnShapes() {
	}

	/** The result of one column; notes on it are added to {@code notes}. */
	public static ColumnResult score(MatchedColumn column, int histogramBins, List<Note> notes) {
		String name = column.name();
		note(column, notes);
		if (column.numeric()) {
			NumericColumn real = column.realNumbers();
			NumericColumn synthetic = column.syntheticNumbers();
			double score = ShapeMetrics.ksComplement(real, synthetic);
			String error = Double.isNaN(score) ? "no values to compare: every value is missing in "
					+ (column.allMissingReal() ? "the real" : "the synthetic") + " table" : null;
			return new ColumnResult(name, column.kind(), "KSComplement", score, column.missingReal(),
					column.missingSynthetic(), ShapeMetrics.normalisedWasserstein(real, synthetic),
					ShapeMetrics.jensenShannon(real, synthetic, histogramBins), ShapeMetrics.rangeCoverage(real, synthetic),
					ShapeMetrics.boundaryAdherence(real, synthetic), Double.NaN, Double.NaN, column.constantReal(),
					column.constantSynthetic(), error, ShapeMetrics.histogram(real, synthetic, histogramBins),
					ValueSummary.ofSorted(real.sorted()), ValueSummary.ofSorted(synthetic.sorted()));
		}
		DiscreteColumn real = column.realLabels();
		DiscreteColumn synthetic = column.syntheticLabels();
		double score;
		String error = null;
		try {
			score = ShapeMetrics.tvComplement(real, synthetic);
		} catch (IllegalArgumentException e) {
			score = Double.NaN;
			error = "IncomputableMetricError: " + e.getMessage();
		}
		return new ColumnResult(name, column.kind(), "TVComplement", score, column.missingReal(),
				column.missingSynthetic(), Double.NaN, ShapeMetrics.jensenShannon(real, synthetic), Double.NaN, Double.NaN,
				ShapeMetrics.categoryCoverage(real, synthetic), ShapeMetrics.categoryAdherence(real, synthetic),
				column.constantReal(), column.constantSynthetic(), error, ShapeMetrics.histogram(real, synthetic),
				ValueSummary.none(), ValueSummary.none());
	}

	private static void note(MatchedColumn column, List<Note> notes) {
		String name = column.name();
		if (column.allMissingReal() || column.allMissingSynthetic()) {
			String table = column.allMissingReal() ? "real" : "synthetic";
			notes.add(new Note(NoteKind.ALL_MISSING, name, "Every value of column '" + name + "' is missing in the "
					+ table + " table, so its shape is not scored and neither are its correlations. Fill the column"
					+ " or leave it out."));
			return;
		}
		if (column.numeric() && (column.constantReal() || column.constantSynthetic())) {
			String where = column.constantReal() && column.constantSynthetic() ? "both tables"
					: column.constantReal() ? "the real table" : "the synthetic table";
			notes.add(new Note(NoteKind.CONSTANT_COLUMN, name, "Column '" + name + "' holds one value in " + where
					+ ": its shape is scored, but its correlations are undefined, so its pairs with other numeric"
					+ " columns are not scored and count in no average (SDMetrics' ConstantInputError)."));
		}
	}
}
