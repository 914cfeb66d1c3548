package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.List;

import io.wearline.data.Column;
import io.wearline.data.Table;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.SequenceResult;

/**
 * Sequence fidelity of run-to-failure tables (see {@link SequenceResult}); measured only when the real table has
 * numeric unit and cycle columns.
 */
public final class SequenceFidelity {
	private SequenceFidelity() {
	}

	/** The result, or null when the real table carries no sequence; notes on the synthetic side go to notes. */
	public static SequenceResult measure(Table real, Table synthetic, ScoringOptions options, List<Note> notes) {
		String unit = options.unitColumn();
		String cycle = options.cycleColumn();
		if (!hasSequenceColumns(real, unit, cycle)) {
			return null;
		}
		NumericColumn realUnits = NumericColumn.of(real.column(unit));
		NumericColumn realCycles = NumericColumn.of(real.column(cycle));
		UnitSequences realSequences = UnitSequences.of(realUnits, realCycles);
		double[] realLengths = realSequences.lengths();
		double realLife = UnitSequences.median(realLengths, realLengths.length);
		if (!hasSequenceColumns(synthetic, unit, cycle)) {
			notes.add(new Note(NoteKind.NO_SEQUENCE, "synthetic", "The synthetic table has no numeric '" + unit
					+ "' and '" + cycle + "' columns, so its rows carry no sequence: life lengths, trends and"
					+ " autocorrelation are not compared. Generate the synthetic data with unit and cycle columns."));
			return new SequenceResult(false, realSequences.units(), 0, realLife, Double.NaN, Double.NaN, List.of(),
					Double.NaN);
		}
		NumericColumn syntheticCycles = NumericColumn.of(synthetic.column(cycle));
		UnitSequences syntheticSequences = UnitSequences.of(NumericColumn.of(synthetic.column(unit)), syntheticCycles);
		double[] syntheticLengths = syntheticSequences.lengths();
		double syntheticLife = UnitSequences.median(syntheticLengths, syntheticLengths.length);
		double lifeScore = ShapeMetrics.ksComplement(NumericColumn.of(realLengths), NumericColumn.of(syntheticLengths));
		boolean sequential = syntheticLife >= 2;
		List<SequenceResult.SequenceColumn> columns = new ArrayList<>();
		double sum = Double.isNaN(lifeScore) ? 0 : lifeScore;
		int count = Double.isNaN(lifeScore) ? 0 : 1;
		if (!sequential) {
			notes.add(new Note(NoteKind.NO_SEQUENCE, "synthetic", "The synthetic units have a median of "
					+ syntheticLife + " row(s) each, so the synthetic rows carry no sequence: trends and"
					+ " autocorrelation are not compared. Generate whole units (a sequence-aware synthesizer) to"
					+ " keep the run-to-failure histories."));
		} else {
			for (Column column : real.schema().columns()) {
				String name = column.name();
				if (name.equals(unit) || name.equals(cycle) || !column.type().isNumeric()
						|| synthetic.schema().indexOf(name) < 0 || !synthetic.schema().column(name).type().isNumeric()) {
					continue;
				}
				NumericColumn realColumn = NumericColumn.of(real.column(name));
				NumericColumn syntheticColumn = NumericColumn.of(synthetic.column(name));
				SequenceResult.SequenceColumn trend = trend(name, realColumn, syntheticColumn, realSequences,
						syntheticSequences, realCycles, syntheticCycles, realLife);
				for (double score : new double[] { trend.trendScore(), trend.autocorrelationScore() }) {
					if (!Double.isNaN(score)) {
						sum += score;
						count++;
					}
				}
				columns.add(trend);
			}
		}
		return new SequenceResult(sequential, realSequences.units(), syntheticSequences.units(), realLife,
				syntheticLife, lifeScore, columns, count == 0 ? Double.NaN : sum / count);
	}

	private static SequenceResult.SequenceColumn trend(String name, NumericColumn real, NumericColumn synthetic,
			UnitSequences realSequences, UnitSequences syntheticSequences, NumericColumn realCycles,
			NumericColumn syntheticCycles, double realLife) {
		double realSlope = realSequences.medianSlope(real, realCycles);
		double syntheticSlope = syntheticSequences.medianSlope(synthetic, syntheticCycles);
		double spread = standardDeviation(real.sorted());
		double drift = Math.abs(realSlope - syntheticSlope) * realLife;
		// two real standard deviations of difference over a typical life is as far apart as trends get
		double trendScore = spread > 0 ? Math.max(0, 1 - drift / (2 * spread)) : drift == 0 ? 1 : 0;
		double realAuto = realSequences.medianAutocorrelation(real);
		double syntheticAuto = syntheticSequences.medianAutocorrelation(synthetic);
		return new SequenceResult.SequenceColumn(name, realSlope, syntheticSlope, trendScore, realAuto, syntheticAuto,
				1 - Math.abs(realAuto - syntheticAuto) / 2);
	}

	private static double standardDeviation(double[] values) {
		if (values.length < 2) {
			return Double.NaN;
		}
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		double mean = sum / values.length;
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / (values.length - 1));
	}

	private static boolean hasSequenceColumns(Table table, String unit, String cycle) {
		int u = table.schema().indexOf(unit);
		int c = table.schema().indexOf(cycle);
		return u >= 0 && c >= 0 && table.schema().column(u).type().isNumeric()
				&& table.schema().column(c).type().isNumeric();
	}
}
