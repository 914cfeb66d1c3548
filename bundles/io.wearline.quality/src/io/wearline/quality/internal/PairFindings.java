package io.wearline.quality.internal;

import java.util.Locale;

import io.wearline.quality.Coefficient;
import io.wearline.quality.Finding;
import io.wearline.quality.PairResult;

/** The sentence of one pair: its real and synthetic correlation, or how far its joint frequencies are apart. */
public final class PairFindings {
	private PairFindings() {
	}

	/** The finding of a scored pair, with the report's coefficient. */
	public static Finding of(PairResult pair, Coefficient coefficient) {
		String subject = pair.column1() + " / " + pair.column2();
		if (!PairResult.CORRELATION.equals(pair.metric())) {
			double variation = 1 - pair.score();
			String sentence = String.format(Locale.ROOT, "the joint frequencies differ by %s of the rows (total"
					+ " variation distance); Cramér's V of the real pair %s.", Figures.percent(variation),
					Figures.twoDecimals(pair.realAssociation()));
			return new Finding(subject, pair.metric(), pair.score(), sentence);
		}
		double real = pair.realCorrelation(coefficient);
		double synthetic = pair.syntheticCorrelation(coefficient);
		String name = coefficient == Coefficient.PEARSON ? "Pearson" : "Spearman";
		String sentence = String.format(Locale.ROOT, "correlation (%s) real %s, synthetic %s%s.", name,
				Figures.twoDecimals(real), Figures.twoDecimals(synthetic), judgement(real, synthetic));
		return new Finding(subject, pair.metric(), pair.score(), sentence);
	}

	private static String judgement(double real, double synthetic) {
		double a = Math.abs(real);
		double b = Math.abs(synthetic);
		if (Math.abs(real - synthetic) < 0.1) {
			return ": close";
		}
		if (a >= 0.1 && b >= 0.1 && Math.signum(real) != Math.signum(synthetic)) {
			return ": the synthetic data reverses the relation";
		}
		if (b < a / 2) {
			return ": the synthetic data loses most of the relation";
		}
		if (a < b / 2 && b >= 0.3) {
			return ": the synthetic data invents a relation the real data lacks";
		}
		return b < a ? ": the synthetic relation is weaker" : ": the synthetic relation is stronger";
	}
}
