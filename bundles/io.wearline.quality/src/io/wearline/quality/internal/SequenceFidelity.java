package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wearline.data.Column;
import io.wearline.data.Median;
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

	/**
	 * The result, or null when the real table carries no sequence; notes on the synthetic side go to notes.
	 *
	 * @param prepared the columns already prepared for the report, reused rather than read and sorted again
	 */
	public static SequenceResult measure(Table real, Table synthetic, List<MatchedColumn> prepared,
			ScoringOptions options, List<Note> notes) {
		Map<String, MatchedColumn> numeric = new HashMap<>();
		for (MatchedColumn column : prepared) {
			if (column.numeric()) {
				numeric.put(column.name(), column);
			}
		}
		String unit = options.unitColumn();
		String cycle = options.cycleColumn();
		if (!hasSequenceColumns(real, unit, cycle)) {
			return null;
		}
		NumericColumn realUnits = numbers(real, unit, numeric, true);
		NumericColumn realCycles = numbers(real, cycle, numeric, true);
		UnitSequences realSequences = UnitSequences.of(realUnits, realCycles);
		double[] realLengths = realSequences.lengths();
		double realLife = Median.of(realLengths);
		if (!hasSequenceColumns(synthetic, unit, cycle)) {
			notes.add(new Note(NoteKind.NO_SEQUENCE, "synthetic", "The synthetic table has no numeric '" + unit
					+ "' and '" + cycle + "' columns, so its rows carry no sequence: life lengths, trends and"
					+ " autocorrelation are not compared. Generate the synthetic data with unit and cycle columns."));
			return new SequenceResult(false, realSequences.units(), 0, realLife, Double.NaN, Double.NaN, List.of(),
					Double.NaN);
		}
		NumericColumn syntheticCycles = numbers(synthetic, cycle, numeric, false);
		UnitSequences syntheticSequences = UnitSequences.of(numbers(synthetic, unit, numeric, false), syntheticCycles);
		double[] syntheticLengths = syntheticSequences.lengths();
		double syntheticLife = Median.of(syntheticLengths);
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
				NumericColumn realColumn = numbers(real, name, numeric, true);
				NumericColumn syntheticColumn = numbers(synthetic, name, numeric, false);
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

	private static NumericColumn numbers(Table table, String name, Map<String, MatchedColumn> prepared, boolean real) {
		MatchedColumn column = prepared.get(name);
		if (column == null) {
			return NumericColumn.of(table.column(name));
		}
		return real ? column.realNumbers() : column.syntheticNumbers();
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
