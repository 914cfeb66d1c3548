package io.wearline.quality.internal.utility;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import io.wearline.data.ColumnValues;
import io.wearline.data.Table;
import io.wearline.lib.quality.Libraries;
import io.wearline.quality.UtilityResult;
import io.wearline.quality.UtilityTarget;
import io.wearline.quality.internal.NumericColumn;

/**
 * One target's experiment: a forest trained on real rows and one trained on synthetic rows, both tested on the
 * same held-out real rows, with the features each training table gives.
 *
 * @param target the target
 * @param features the feature columns (both tables have them)
 * @param trees the trees of each forest
 * @param depth the depth of each tree
 * @param seed the forests' seed
 */
public record TargetExperiment(UtilityTarget target, List<String> features, int trees, int depth, long seed) {

	/** Trains both forests and tests them. */
	public UtilityResult run(Table real, int[] realTraining, Table test, int[] testRows, Table synthetic,
			int[] syntheticTraining) {
		String model = "extremely randomised forest of " + trees + " CART trees, depth " + depth + ", half the features and random split points per split"
				+ (target.task() == UtilityResult.Task.CLASSIFICATION ? ", class-balanced weights" : "") + " (Tribuo "
				+ Libraries.TRIBUO_VERSION + ")";
		// the two forests are independent: train them side by side
		CompletableFuture<double[]> onReal = CompletableFuture.supplyAsync(() -> scores(real, realTraining, test,
				testRows));
		double[] syntheticScores = scores(synthetic, syntheticTraining, test, testRows);
		double[] realScores = onReal.join();
		boolean regression = target.task() == UtilityResult.Task.REGRESSION;
		return new UtilityResult(target.column(), target.task(), model, regression ? "R2" : "F1",
				regression ? "MAE" : "accuracy", realScores[0], syntheticScores[0], realScores[1], syntheticScores[1],
				realTraining.length, syntheticTraining.length, testRows.length);
	}

	private double[] scores(Table training, int[] trainingRows, Table test, int[] testRows) {
		FeatureEncoding encoding = new FeatureEncoding(training, trainingRows, features);
		double[][] trainVectors = encoding.encode(training, trainingRows);
		double[][] testVectors = encoding.encode(test, testRows);
		if (target.task() == UtilityResult.Task.REGRESSION) {
			Model<Regressor> forest = Forests.regression(encoding.names(), trainVectors,
					numbers(training, trainingRows), trees, depth, seed);
			double[] predicted = Forests.predictNumbers(forest, encoding.names(), testVectors);
			return RegressionScores.of(numbers(test, testRows), predicted);
		}
		String[] truth = labels(test, testRows);
		Model<Label> forest = Forests.classification(encoding.names(), trainVectors, labels(training, trainingRows),
				trees, depth, seed);
		return ClassificationScores.of(truth, Forests.predictLabels(forest, encoding.names(), testVectors),
				positiveLabel(test, testRows));
	}

	private double[] numbers(Table table, int[] rows) {
		double[] column = NumericColumn.doubles(table.column(target.column()));
		double[] values = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			values[i] = column[rows[i]];
		}
		return values;
	}

	private String[] labels(Table table, int[] rows) {
		ColumnValues column = table.column(target.column());
		String[] labels = new String[rows.length];
		for (int i = 0; i < rows.length; i++) {
			labels[i] = Objects.toString(column.value(rows[i]), "(missing)");
		}
		return labels;
	}

	/** {@code true} for a flag; else the rarest label of the test rows, the one that matters to find. */
	private String positiveLabel(Table test, int[] rows) {
		if (test.column(target.column()).type() == io.wearline.data.ColumnType.BOOLEAN) {
			return "true";
		}
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String label : labels(test, rows)) {
			counts.merge(label, 1, Integer::sum);
		}
		return counts.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
	}
}
