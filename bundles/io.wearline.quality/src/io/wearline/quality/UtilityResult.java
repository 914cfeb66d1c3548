package io.wearline.quality;

/**
 * Train on synthetic, test on real (TSTR) against train on real, test on real (TRTR) for one target. Regression is
 * scored by R² (primary) and mean absolute error; classification by the F1 score of the positive (or rarer) class
 * (primary) and accuracy.
 *
 * @param target the predicted column
 * @param task regression or classification
 * @param model the model and its settings, in words
 * @param primaryMetric {@code R2} or {@code F1}
 * @param secondaryMetric {@code MAE} or {@code accuracy}
 * @param realPrimary the primary metric of the model trained on real rows
 * @param syntheticPrimary the primary metric of the model trained on synthetic rows
 * @param realSecondary the secondary metric of the model trained on real rows
 * @param syntheticSecondary the secondary metric of the model trained on synthetic rows
 * @param realTrainingRows the real rows trained on
 * @param syntheticTrainingRows the synthetic rows trained on
 * @param testRows the held-out real rows both models were tested on
 * @param primaryRatio synthetic over real for the primary metric: near 1 when synthetic rows train as good a model;
 *        derived from the figures (whatever is passed is replaced)
 * @param secondaryRatio synthetic over real for the secondary metric (for MAE, above 1 means the synthetic model
 *        errs more); derived likewise
 */
public record UtilityResult(String target, Task task, String model, String primaryMetric, String secondaryMetric,
		double realPrimary, double syntheticPrimary, double realSecondary, double syntheticSecondary,
		int realTrainingRows, int syntheticTrainingRows, int testRows, double primaryRatio, double secondaryRatio) {

	/** Derives the ratios from the figures, so that they are in the record (and in quality.json). */
	public UtilityResult {
		primaryRatio = syntheticPrimary / realPrimary;
		secondaryRatio = syntheticSecondary / realSecondary;
	}

	/** A result whose ratios are derived from the figures. */
	public UtilityResult(String target, Task task, String model, String primaryMetric, String secondaryMetric,
			double realPrimary, double syntheticPrimary, double realSecondary, double syntheticSecondary,
			int realTrainingRows, int syntheticTrainingRows, int testRows) {
		this(target, task, model, primaryMetric, secondaryMetric, realPrimary, syntheticPrimary, realSecondary,
				syntheticSecondary, realTrainingRows, syntheticTrainingRows, testRows, Double.NaN, Double.NaN);
	}

	/** What is predicted. */
	public enum Task {
		/** A number, such as the remaining useful life. */
		REGRESSION,
		/** A label or flag, such as failed. */
		CLASSIFICATION
	}
}
