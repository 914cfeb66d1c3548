package io.wearline.quality.internal.utility;

/** R² and mean absolute error of predictions, over the rows whose true value is known. */
final class RegressionScores {
	private RegressionScores() {
	}

	/** {R², MAE}; R² is NaN when the true values do not vary. */
	static double[] of(double[] truth, double[] predicted) {
		double sum = 0;
		int n = 0;
		for (double t : truth) {
			if (!Double.isNaN(t)) {
				sum += t;
				n++;
			}
		}
		double mean = sum / n;
		double residual = 0;
		double total = 0;
		double absolute = 0;
		for (int i = 0; i < truth.length; i++) {
			if (Double.isNaN(truth[i])) {
				continue;
			}
			double error = truth[i] - predicted[i];
			residual += error * error;
			total += (truth[i] - mean) * (truth[i] - mean);
			absolute += Math.abs(error);
		}
		return new double[] { total == 0 ? Double.NaN : 1 - residual / total, n == 0 ? Double.NaN : absolute / n };
	}
}
