package io.wearline.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.data.Table;
import io.wearline.quality.internal.ColumnPairTrends;
import io.wearline.quality.internal.ColumnShapes;
import io.wearline.quality.internal.MatchedColumn;
import io.wearline.quality.internal.MetricContributions;
import io.wearline.quality.internal.PrivacyMeasurement;
import io.wearline.quality.internal.PropertyAverages;
import io.wearline.quality.internal.SchemaAlignment;
import io.wearline.quality.internal.SequenceFidelity;

/**
 * Scores a synthetic table against a real one: the entry point of {@code io.wearline.quality}. Column Shapes,
 * Column Pair Trends and the overall score are those of SDMetrics 0.29's single-table {@code QualityReport}
 * (metric for metric, within rounding); the report adds Wasserstein and Jensen–Shannon figures, coverage and
 * boundaries, missing shares, privacy (SDMetrics' DCR overfitting protection, exact copies), sequence fidelity of
 * run-to-failure data and the contributed metrics. Utility, which trains models, is measured separately by
 * {@link UtilityScoring} and added with {@link QualityReport#withUtility}.
 * <p>
 * Bad input never throws: tables without rows, columns missing from one table, columns of different kinds, free
 * text, all-missing and constant columns are each handled by the rule stated on their {@link NoteKind} and listed
 * in the report's notes. Thread-safe; the tables are only read.
 */
public final class QualityScoring {
	private QualityScoring() {
	}

	/** Scores without a holdout (privacy then measures exact copies only) and without progress. */
	public static QualityReport score(Table real, Table synthetic, ScoringOptions options) {
		return score(real, synthetic, null, options, null);
	}

	/**
	 * Scores a synthetic table against the real table it was made from.
	 *
	 * @param real the real (training) table; its columns decide what is scored, in its order
	 * @param synthetic the synthetic table
	 * @param holdout real rows the synthesizer never saw, for the DCR comparison; null when there are none
	 * @param options thresholds, bins, subsample sizes
	 * @param monitor progress and cancelation; may be null
	 * @return the report
	 * @throws OperationCanceledException when the monitor is canceled
	 */
	public static QualityReport score(Table real, Table synthetic, Table holdout, ScoringOptions options,
			IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Scoring synthetic data", 100);
		List<Note> notes = Collections.synchronizedList(new ArrayList<>());
		QualityReport.Inputs inputs;
		if (real.rowCount() == 0 || synthetic.rowCount() == 0) {
			notes.add(new Note(NoteKind.EMPTY_TABLE, real.rowCount() == 0 ? "real" : "synthetic", "The "
					+ (real.rowCount() == 0 ? "real" : "synthetic") + " table has no rows, so nothing is scored."
					+ " Give a table with rows."));
			inputs = inputs(real, synthetic, holdout, 0);
			return empty(inputs, options, notes, start);
		}
		List<MatchedColumn> prepared = prepare(real, synthetic, options, notes);
		progress.split(20);
		List<ColumnResult> columns = shapes(prepared, options, notes);
		progress.split(10);
		List<PairResult> pairs = ColumnPairTrends.score(prepared, options);
		progress.split(30);
		PropertyScores properties = PropertyAverages.of(columns, pairs);
		PrivacyResult privacy = PrivacyMeasurement.measure(real, synthetic, holdout, prepared, options, notes);
		progress.split(25);
		SequenceResult sequence = SequenceFidelity.measure(real, synthetic, prepared, options, notes);
		progress.split(5);
		List<ContributedResult> contributed = options.contributedMetrics()
				? MetricContributions.run(real, synthetic, options, notes)
				: List.of();
		progress.split(10);
		inputs = inputs(real, synthetic, holdout, prepared.size());
		return new QualityReport(inputs, options, columns, pairs, properties,
				PropertyAverages.nanMean(properties.columnShapes(), properties.columnPairTrends()),
				PropertyAverages.nanMean(properties.columnShapes(), properties.columnPairTrendsAllPairs()), privacy,
				sequence, null, contributed, List.copyOf(notes), (System.nanoTime() - start) / 1e9, null);
	}

	/**
	 * Fidelity alone (Column Shapes, Column Pair Trends, overall) of a synthetic table against rows the synthesizer
	 * never saw, with the same options (and so the same column kinds) as the report it goes into.
	 *
	 * @param holdout the unseen rows; they take the place of the real table
	 * @param synthetic the synthetic table
	 * @param description what the holdout rows are, for the report
	 * @param options the options of the report
	 * @param monitor progress and cancelation; may be null
	 * @return the fidelity; its scores are NaN when a table has no rows
	 * @throws OperationCanceledException when the monitor is canceled
	 */
	public static HoldoutFidelity fidelity(Table holdout, Table synthetic, String description, ScoringOptions options,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Scoring against unseen rows", 3);
		if (holdout.rowCount() == 0 || synthetic.rowCount() == 0) {
			double nan = Double.NaN;
			return new HoldoutFidelity(description, holdout.rowCount(), new PropertyScores(nan, nan, nan, 0, 0, 0, 0),
					nan, nan);
		}
		// the notes repeat the report's (same columns, same kinds), so they are not kept
		List<Note> notes = Collections.synchronizedList(new ArrayList<>());
		List<MatchedColumn> prepared = prepare(holdout, synthetic, options, notes);
		progress.split(1);
		List<ColumnResult> columns = shapes(prepared, options, notes);
		List<PairResult> pairs = ColumnPairTrends.score(prepared, options);
		progress.split(2);
		PropertyScores properties = PropertyAverages.of(columns, pairs);
		return new HoldoutFidelity(description, holdout.rowCount(), properties,
				PropertyAverages.nanMean(properties.columnShapes(), properties.columnPairTrends()),
				PropertyAverages.nanMean(properties.columnShapes(), properties.columnPairTrendsAllPairs()));
	}

	private static List<MatchedColumn> prepare(Table real, Table synthetic, ScoringOptions options, List<Note> notes) {
		List<SchemaAlignment.Match> matches = SchemaAlignment.align(real.schema(), synthetic.schema(),
				options.metadata(), notes);
		return matches.parallelStream()
				.map(m -> MatchedColumn.prepare(m.name(), m.kind(), real.column(m.name()), synthetic.column(m.name())))
				.toList();
	}

	private static List<ColumnResult> shapes(List<MatchedColumn> prepared, ScoringOptions options, List<Note> notes) {
		List<ColumnResult> columns = new ArrayList<>();
		for (MatchedColumn column : prepared) {
			columns.add(ColumnShapes.score(column, options.histogramBins(), notes));
		}
		return columns;
	}

	private static QualityReport.Inputs inputs(Table real, Table synthetic, Table holdout, int scored) {
		return new QualityReport.Inputs(real.rowCount(), synthetic.rowCount(), holdout == null ? -1 : holdout.rowCount(),
				real.columnCount(), synthetic.columnCount(), scored);
	}

	private static QualityReport empty(QualityReport.Inputs inputs, ScoringOptions options, List<Note> notes,
			long start) {
		double nan = Double.NaN;
		PropertyScores properties = new PropertyScores(nan, nan, nan, 0, 0, 0, 0);
		return new QualityReport(inputs, options, List.of(), List.of(), properties, nan, nan, PrivacyResult.none(),
				null, null, List.of(), List.copyOf(notes), (System.nanoTime() - start) / 1e9, null);
	}
}
