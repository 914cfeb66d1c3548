package io.wearline.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link QualityScoring} found about a synthetic table against a real one: per-column and per-pair
 * fidelity, SDMetrics' two property scores and the overall score (with the options' thresholds and with every
 * pair), privacy, sequence fidelity, utility when measured, the contributed metrics and the notes on what was not
 * scored and why. Figures that are not defined are NaN; {@link QualityReportJson} writes them as null.
 *
 * @param inputs the sizes of the tables
 * @param options the options the report was made with
 * @param columns one result per scored column, in the real table's order
 * @param pairs one result per pair of scored columns, in SDMetrics' order
 * @param properties Column Shapes and Column Pair Trends
 * @param overall SDMetrics' overall score: the mean of the two property scores under the options' thresholds
 *        (NaN-skipping, as {@code np.nanmean})
 * @param overallAllPairs the same with every pair counted (thresholds 0)
 * @param privacy distance to closest record and exact copies
 * @param sequence sequence fidelity, or null when the real table has no unit and cycle columns
 * @param utility train-on-synthetic against train-on-real, or null when not measured ({@link #withUtility})
 * @param contributed the results of the metrics of the extension point {@code io.wearline.quality.metrics}
 * @param notes what was left out or subsampled, and why
 * @param seconds how long the scoring took (utility not included)
 * @param holdoutFidelity fidelity against rows the synthesizer never saw, or null when not measured
 *        ({@link #withHoldoutFidelity}); when present it is the headline ({@link QualityScores#of})
 */
public record QualityReport(Inputs inputs, ScoringOptions options, List<ColumnResult> columns,
		List<PairResult> pairs, PropertyScores properties, double overall, double overallAllPairs,
		PrivacyResult privacy, SequenceResult sequence, UtilityReport utility, List<ContributedResult> contributed,
		List<Note> notes, double seconds, HoldoutFidelity holdoutFidelity) {

	/**
	 * The sizes of the tables scored.
	 *
	 * @param realRows rows of the real table
	 * @param syntheticRows rows of the synthetic table
	 * @param holdoutRows rows of the real holdout, or -1 when none was given
	 * @param realColumns columns of the real table
	 * @param syntheticColumns columns of the synthetic table
	 * @param scoredColumns columns both tables have with compatible types
	 */
	public record Inputs(int realRows, int syntheticRows, int holdoutRows, int realColumns, int syntheticColumns,
			int scoredColumns) {
	}

	/** Copies the lists. */
	public QualityReport {
		Objects.requireNonNull(inputs, "inputs");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(properties, "properties");
		Objects.requireNonNull(privacy, "privacy");
		columns = List.copyOf(columns);
		pairs = List.copyOf(pairs);
		contributed = List.copyOf(contributed);
		notes = List.copyOf(notes);
	}

	/** This report with the utility measured by {@link UtilityScoring} (and its notes added). */
	public QualityReport withUtility(UtilityReport measured) {
		List<Note> all = new java.util.ArrayList<>(notes);
		all.addAll(measured.notes());
		return new QualityReport(inputs, options, columns, pairs, properties, overall, overallAllPairs, privacy,
				sequence, measured, contributed, all, seconds, holdoutFidelity);
	}

	/** This report with the fidelity against rows the synthesizer never saw ({@link QualityScoring#fidelity}). */
	public QualityReport withHoldoutFidelity(HoldoutFidelity measured) {
		return new QualityReport(inputs, options, columns, pairs, properties, overall, overallAllPairs, privacy,
				sequence, utility, contributed, notes, seconds, measured);
	}

	/** The result of the column of this name, if it was scored. */
	public Optional<ColumnResult> column(String name) {
		return columns.stream().filter(c -> c.column().equals(name)).findFirst();
	}

	/** The result of the pair of these columns, in either order, if both were scored. */
	public Optional<PairResult> pair(String first, String second) {
		return pairs.stream().filter(p -> (p.column1().equals(first) && p.column2().equals(second))
				|| (p.column1().equals(second) && p.column2().equals(first))).findFirst();
	}

	/** The notes of one kind. */
	public List<Note> notes(NoteKind kind) {
		return notes.stream().filter(n -> n.kind() == kind).toList();
	}
}
