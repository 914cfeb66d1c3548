package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.wearline.quality.ColumnKind;
import io.wearline.quality.ColumnResult;
import io.wearline.quality.Finding;
import io.wearline.quality.Histogram;
import io.wearline.quality.ValueSummary;

/**
 * The sentence of one column: every problem the figures show is weighed by how much of the distribution it moves
 * (roughly, the share of mass it puts in the wrong place), and the heaviest one or two are written.
 */
public final class ColumnFindings {
	/** Problems lighter than this are not worth a clause. */
	private static final double NOTICEABLE = 0.05;

	private record Clause(double weight, String text) {
	}

	private ColumnFindings() {
	}

	/** The finding of a column. */
	public static Finding of(ColumnResult column) {
		if (!column.isScored()) {
			String why = column.error() == null ? "no score" : column.error();
			return new Finding(column.column(), column.metric(), Double.NaN, "not scored: " + why + ".");
		}
		List<Clause> clauses = new ArrayList<>();
		missing(column, clauses);
		if (column.kind() == ColumnKind.NUMERICAL) {
			numeric(column, clauses);
		} else {
			discrete(column, clauses);
		}
		clauses.sort(Comparator.comparingDouble(Clause::weight).reversed());
		String sentence;
		if (clauses.isEmpty() || clauses.get(0).weight() < NOTICEABLE) {
			sentence = String.format(Locale.ROOT, "close to the real column (%s %s).", column.metric(),
					Figures.score(column.score()));
		} else if (clauses.size() > 1 && clauses.get(1).weight() >= 2 * NOTICEABLE) {
			sentence = clauses.get(0).text() + "; " + clauses.get(1).text() + ".";
		} else {
			sentence = clauses.get(0).text() + ".";
		}
		return new Finding(column.column(), column.metric(), column.score(), sentence);
	}

	private static void missing(ColumnResult column, List<Clause> clauses) {
		double difference = column.missingSynthetic() - column.missingReal();
		if (Math.abs(difference) >= 0.01) {
			clauses.add(new Clause(Math.abs(difference), "synthetic rows miss " + Figures.percent(column.missingSynthetic())
					+ " of values against " + Figures.percent(column.missingReal()) + " of real rows"));
		}
	}

	private static void numeric(ColumnResult column, List<Clause> clauses) {
		ValueSummary real = column.realValues();
		ValueSummary synthetic = column.syntheticValues();
		if (column.constantReal() && !column.constantSynthetic()) {
			String[] written = Figures.distinct(real.min(), synthetic.min(), synthetic.max());
			clauses.add(new Clause(1 - column.score(), "the real column holds one value (" + written[0] + ") but "
					+ Figures.percent(1 - column.boundaryAdherence()) + " of synthetic values differ from it (they range"
					+ " from " + written[1] + " to " + written[2] + ")"));
			return;
		}
		if (column.constantSynthetic() && !column.constantReal()) {
			String[] written = Figures.distinct(synthetic.min(), real.min(), real.max());
			clauses.add(new Clause(1 - column.score(), "the synthetic column holds one value (" + written[0]
					+ ") where the real values range from " + written[1] + " to " + written[2]));
			return;
		}
		if (column.constantReal()) {
			if (real.min() != synthetic.min()) {
				String[] written = Figures.distinct(real.min(), synthetic.min());
				clauses.add(new Clause(1 - column.score(), "both columns hold one value, but the real one is "
						+ written[0] + " and the synthetic one " + written[1]));
			}
			return;
		}
		shift(real, synthetic, clauses);
		spread(real, synthetic, clauses);
		coverage(column, real, synthetic, clauses);
		double outside = 1 - column.boundaryAdherence();
		if (outside >= 0.01) {
			String[] range = Figures.distinct(real.min(), real.max());
			clauses.add(new Clause(outside, Figures.percent(outside) + " of synthetic values fall outside the real range "
					+ range[0] + " to " + range[1]));
		}
		double statistic = 1 - column.score();
		// a shape problem only when nothing above explains the KS statistic
		double explained = clauses.stream().mapToDouble(Clause::weight).max().orElse(0);
		if (statistic >= 0.1 && explained < statistic / 2) {
			clauses.add(new Clause(statistic * 0.8, "the shapes of the distributions differ (KS statistic "
					+ Figures.twoDecimals(statistic) + ") although centre and spread are close; see the histogram"));
		}
	}

	private static void shift(ValueSummary real, ValueSummary synthetic, List<Clause> clauses) {
		double std = real.standardDeviation();
		if (!(std > 0)) {
			return;
		}
		double shift = (synthetic.mean() - real.mean()) / std;
		if (Math.abs(shift) >= 0.1) {
			clauses.add(new Clause(Math.min(1, Math.abs(shift) / 2), String.format(Locale.ROOT,
					"synthetic values are shifted %s by %.1f std (mean %s against %s)", shift > 0 ? "up" : "down",
					Math.abs(shift), Figures.distinct(synthetic.mean(), real.mean())[0],
					Figures.distinct(synthetic.mean(), real.mean())[1])));
		}
	}

	private static void spread(ValueSummary real, ValueSummary synthetic, List<Clause> clauses) {
		double ratio = synthetic.standardDeviation() / real.standardDeviation();
		if (!Double.isFinite(ratio)) {
			return;
		}
		if (ratio < 0.8) {
			clauses.add(new Clause((1 - ratio) * 0.6, String.format(Locale.ROOT,
					"synthetic values are too narrow: their standard deviation is %.2f times the real one", ratio)));
		} else if (ratio > 1.25) {
			clauses.add(new Clause(Math.min(1, (ratio - 1) / 3), String.format(Locale.ROOT,
					"synthetic values are too wide: their standard deviation is %.2f times the real one", ratio)));
		}
	}

	private static void coverage(ColumnResult column, ValueSummary real, ValueSummary synthetic,
			List<Clause> clauses) {
		double coverage = column.rangeCoverage();
		if (!(coverage < 0.9)) {
			return;
		}
		double range = real.max() - real.min();
		double lowGap = (synthetic.min() - real.min()) / range;
		double highGap = (real.max() - synthetic.max()) / range;
		String[] w = Figures.distinct(real.min(), real.max(), synthetic.min(), synthetic.max());
		String tail;
		// both tails only when neither gap dwarfs the other: extremes of samples always fall a little short
		if (lowGap > 0.05 && highGap > 0.05 && Math.min(lowGap, highGap) >= Math.max(lowGap, highGap) / 3) {
			tail = "both tails (real " + w[0] + " to " + w[1] + ", synthetic " + w[2] + " to " + w[3] + ")";
		} else if (highGap >= lowGap) {
			tail = "the upper tail (real values up to " + w[1] + ", synthetic up to " + w[3] + ")";
		} else {
			tail = "the lower tail (real values down to " + w[0] + ", synthetic down to " + w[2] + ")";
		}
		clauses.add(new Clause((1 - coverage) * 0.5, "range coverage " + Figures.percent(coverage).replace(".0%", "%")
				+ ": the synthetic data misses " + tail));
	}

	private static void discrete(ColumnResult column, List<Clause> clauses) {
		Histogram histogram = column.histogram();
		List<String> labels = histogram.labels();
		List<String> never = new ArrayList<>();
		double neverShare = 0;
		double invented = 0;
		List<String> inventedLabels = new ArrayList<>();
		int worst = -1;
		double worstDifference = 0;
		for (int i = 0; i < labels.size(); i++) {
			double real = histogram.real().get(i);
			double synthetic = histogram.synthetic().get(i);
			if (real > 0 && synthetic == 0) {
				never.add("'" + labels.get(i) + "' (" + Figures.percent(real) + " of real rows)");
				neverShare += real;
			}
			if (real == 0 && synthetic > 0) {
				invented += synthetic;
				inventedLabels.add("'" + labels.get(i) + "'");
			}
			if (Math.abs(synthetic - real) > worstDifference) {
				worstDifference = Math.abs(synthetic - real);
				worst = i;
			}
		}
		if (!never.isEmpty()) {
			clauses.add(new Clause(Math.max(neverShare, NOTICEABLE * 2), "the synthetic data never produces "
					+ String.join(", ", never.subList(0, Math.min(3, never.size())))
					+ (never.size() > 3 ? " and " + (never.size() - 3) + " more" : "")));
		}
		if (invented > 0) {
			clauses.add(new Clause(invented, Figures.percent(invented) + " of synthetic values are categories the real"
					+ " data lacks (" + String.join(", ", inventedLabels.subList(0, Math.min(3, inventedLabels.size())))
					+ ")"));
		}
		if (worst >= 0 && worstDifference >= 0.01) {
			clauses.add(new Clause(worstDifference, "'" + labels.get(worst) + "' is " + Figures.percent(
					histogram.synthetic().get(worst)) + " of synthetic rows against " + Figures.percent(
							histogram.real().get(worst)) + " of real ones"));
		}
	}
}
