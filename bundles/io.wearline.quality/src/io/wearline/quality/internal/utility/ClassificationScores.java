package io.wearline.quality.internal.utility;

/** The F1 score of one class and the accuracy of predicted labels. */
final class ClassificationScores {
	private ClassificationScores() {
	}

	/** {F1 of the positive label, accuracy}; F1 is 0 when the label is never predicted correctly. */
	static double[] of(String[] truth, String[] predicted, String positive) {
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int correct = 0;
		for (int i = 0; i < truth.length; i++) {
			boolean actual = truth[i].equals(positive);
			boolean guessed = predicted[i].equals(positive);
			if (truth[i].equals(predicted[i])) {
				correct++;
			}
			if (actual && guessed) {
				truePositives++;
			} else if (guessed) {
				falsePositives++;
			} else if (actual) {
				falseNegatives++;
			}
		}
		double f1 = truePositives == 0 ? 0 : 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
		return new double[] { f1, truth.length == 0 ? Double.NaN : (double) correct / truth.length };
	}
}
