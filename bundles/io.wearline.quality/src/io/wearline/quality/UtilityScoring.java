package io.wearline.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Table;
import io.wearline.quality.internal.utility.TargetExperiment;
import io.wearline.quality.internal.utility.TrainingRows;

/**
 * Machine-learning utility of synthetic data: for each target, a random forest trained on synthetic rows (TSTR) and
 * one trained on real rows (TRTR), both tested on the same held-out real rows; a synthetic table is useful when
 * the two scores are close. The forests (extremely randomised trees) are Oracle's Tribuo, embedded in
 * {@code io.wearline.lib.quality}.
 * <p>
 * The held-out rows are the holdout when one is given, else a share of the real units (whole units, so no machine
 * is on both sides). Features are the columns both tables have, except the options' excluded columns and the
 * targets. Each model trains on at most {@link UtilityOptions#maxTrainingRows()} rows. Targets missing from a
 * table, or of a type that does not fit the task, are skipped with a note. Thread-safe; about 3 s for 50,000 rows
 * of 25 columns and two targets on two cores.
 */
public final class UtilityScoring {
	private UtilityScoring() {
	}

	/**
	 * Measures the utility of the synthetic table.
	 *
	 * @param real the real table the synthesizer learnt from
	 * @param synthetic the synthetic table
	 * @param holdout real rows the synthesizer never saw, used as the test rows; null to hold out real units
	 * @param options targets, features, limits
	 * @param monitor progress and cancelation; may be null
	 * @return one result per target that could be measured, and notes
	 * @throws OperationCanceledException when the monitor is canceled
	 */
	public static UtilityReport score(Table real, Table synthetic, Table holdout, UtilityOptions options,
			IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Training utility models", options.targets().size() + 1);
		List<Note> notes = Collections.synchronizedList(new ArrayList<>());
		TrainingRows rows = TrainingRows.choose(real, synthetic, holdout, options, notes);
		progress.split(1);
		List<String> features = features(real, synthetic, holdout, options);
		List<UtilityResult> results = new ArrayList<>();
		for (UtilityTarget target : options.targets()) {
			progress.split(1);
			String problem = rows == null ? "there are no rows to train or test on" : problem(target, real, synthetic,
					rows.test());
			if (problem != null) {
				notes.add(new Note(NoteKind.METRIC_FAILED, "utility " + target.column(), "Utility for '"
						+ target.column() + "' is not measured: " + problem + "."));
				continue;
			}
			TargetExperiment experiment = new TargetExperiment(target, features, options.trees(), options.maxDepth(),
					options.seed());
			results.add(experiment.run(real, rows.realTraining(), rows.test(), rows.testRows(), synthetic,
					rows.syntheticTraining()));
		}
		return new UtilityReport(results, notes, (System.nanoTime() - start) / 1e9);
	}

	private static List<String> features(Table real, Table synthetic, Table holdout, UtilityOptions options) {
		List<String> features = new ArrayList<>();
		List<String> targets = options.targets().stream().map(UtilityTarget::column).toList();
		for (Column column : real.schema().columns()) {
			String name = column.name();
			if (options.excluded().contains(name) || targets.contains(name) || column.type() == ColumnType.STRING
					|| !sameType(column, synthetic, name) || (holdout != null && !sameType(column, holdout, name))) {
				continue;
			}
			features.add(name);
		}
		return features;
	}

	private static boolean sameType(Column column, Table other, String name) {
		int index = other.schema().indexOf(name);
		if (index < 0) {
			return false;
		}
		ColumnType type = other.schema().column(index).type();
		return type == column.type() || (type.isNumeric() && column.type().isNumeric());
	}

	/** Why a target cannot be measured, or null. */
	private static String problem(UtilityTarget target, Table real, Table synthetic, Table test) {
		for (Table table : new Table[] { real, synthetic, test }) {
			String which = table == real ? "real" : table == synthetic ? "synthetic" : "test";
			int index = table.schema().indexOf(target.column());
			if (index < 0) {
				return "the " + which + " table has no column '" + target.column() + "'";
			}
			ColumnType type = table.schema().column(index).type();
			boolean fits = target.task() == UtilityResult.Task.REGRESSION ? type.isNumeric()
					: type == ColumnType.BOOLEAN || type == ColumnType.CATEGORICAL;
			if (!fits) {
				return "its column is " + type + " in the " + which + " table, which does not fit "
						+ target.task().name().toLowerCase(java.util.Locale.ROOT);
			}
		}
		return null;
	}
}
