package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.List;

import io.wearline.quality.Histogram;

/**
 * The single-column metrics, each on the prepared columns of the real and the synthetic table. The Column Shapes
 * scores follow SDMetrics 0.29 exactly: {@code KSComplement} (1 minus the two-sample Kolmogorov–Smirnov statistic
 * of the non-missing values rounded to 14 decimals) and {@code TVComplement} (1 minus the total variation
 * distance of the label frequencies, with SDMetrics' 1e-6 regularisation of labels only the synthetic table has).
 */
public final class ShapeMetrics {
	private static final double UNSEEN_LABEL_WEIGHT = 1e-6;

	private ShapeMetrics() {
	}

	/** KSComplement; NaN when either column has no values (scipy's empty-data error, which SDMetrics turns to NaN). */
	public static double ksComplement(NumericColumn real, NumericColumn synthetic) {
		double[] a = real.roundedSorted();
		double[] b = synthetic.roundedSorted();
		int n1 = a.length;
		int n2 = b.length;
		if (n1 == 0 || n2 == 0) {
			return Double.NaN;
		}
		int i = 0;
		int j = 0;
		double statistic = 0;
		while (i < n1 && j < n2) {
			double v = Math.min(a[i], b[j]);
			while (i < n1 && a[i] == v) {
				i++;
			}
			while (j < n2 && b[j] == v) {
				j++;
			}
			// the empirical CDFs' difference just after v, as scipy's searchsorted(side='right') / n
			statistic = Math.max(statistic, Math.abs((double) i / n1 - (double) j / n2));
		}
		return 1 - statistic;
	}

	/**
	 * TVComplement as SDMetrics' {@code get_frequencies} computes it: synthetic frequencies against real ones, where a
	 * label only the synthetic table has adds 1e-6 to the real counts (and to their total).
	 *
	 * @throws IllegalArgumentException as SDMetrics raises IncomputableMetricError, when a column has no values
	 */
	public static double tvComplement(DiscreteColumn real, DiscreteColumn synthetic) {
		if (real.present() == 0 || synthetic.present() == 0) {
			throw new IllegalArgumentException("The TVComplement metric must have 1 or more non-null values.");
		}
		int[] realCounts = real.counts();
		int[] syntheticCounts = synthetic.counts();
		double realTotal = real.present();
		for (int c = 0; c < realCounts.length; c++) {
			if (realCounts[c] == 0 && syntheticCounts[c] > 0) {
				realTotal += UNSEEN_LABEL_WEIGHT;
			}
		}
		double syntheticTotal = synthetic.present();
		double variation = 0;
		for (int c = 0; c < realCounts.length; c++) {
			double realWeight = realCounts[c] > 0 ? realCounts[c] : syntheticCounts[c] > 0 ? UNSEEN_LABEL_WEIGHT : 0;
			if (realWeight == 0) {
				continue; // a label of neither table's present values
			}
			variation += Math.abs(syntheticCounts[c] / syntheticTotal - realWeight / realTotal);
		}
		return 1 - 0.5 * variation;
	}

	/**
	 * The Wasserstein-1 distance of the two empirical distributions (the area between their CDFs), divided by the
	 * real range, or by the range of both tables when the real column is constant; NaN when a column has no values.
	 */
	public static double normalisedWasserstein(NumericColumn real, NumericColumn synthetic) {
		double[] a = real.sorted();
		double[] b = synthetic.sorted();
		int n1 = a.length;
		int n2 = b.length;
		if (n1 == 0 || n2 == 0) {
			return Double.NaN;
		}
		int i = 0;
		int j = 0;
		double previous = Math.min(a[0], b[0]);
		double area = 0;
		while (i < n1 || j < n2) {
			double v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
			area += Math.abs((double) i / n1 - (double) j / n2) * (v - previous);
			while (i < n1 && a[i] == v) {
				i++;
			}
			while (j < n2 && b[j] == v) {
				j++;
			}
			previous = v;
		}
		double range = a[n1 - 1] - a[0];
		if (range == 0) {
			range = Math.max(a[n1 - 1], b[n2 - 1]) - Math.min(a[0], b[0]);
		}
		return range == 0 ? 0 : area / range;
	}

	/**
	 * The Jensen–Shannon divergence (base 2) of the two columns' histograms over {@code bins} equal-width bins from
	 * the smallest to the largest value of both tables; NaN when a column has no values or a value is infinite.
	 */
	public static double jensenShannon(NumericColumn real, NumericColumn synthetic, int bins) {
		double[] a = real.sorted();
		double[] b = synthetic.sorted();
		if (a.length == 0 || b.length == 0) {
			return Double.NaN;
		}
		double low = Math.min(a[0], b[0]);
		double high = Math.max(a[a.length - 1], b[b.length - 1]);
		if (!Double.isFinite(low) || !Double.isFinite(high)) {
			return Double.NaN;
		}
		if (low == high) {
			return 0;
		}
		return jensenShannon(histogram(a, low, high, bins), histogram(b, low, high, bins));
	}

	/**
	 * The histograms the Jensen–Shannon divergence of a numeric column compares: equal-width bins over both tables'
	 * range (a single bin around a value both tables share alone); empty when a side has no values or the range is
	 * not finite.
	 */
	public static Histogram histogram(NumericColumn real, NumericColumn synthetic, int bins) {
		double[] a = real.sorted();
		double[] b = synthetic.sorted();
		if (a.length == 0 || b.length == 0) {
			return Histogram.empty();
		}
		double low = Math.min(a[0], b[0]);
		double high = Math.max(a[a.length - 1], b[b.length - 1]);
		if (!Double.isFinite(low) || !Double.isFinite(high)) {
			return Histogram.empty();
		}
		if (low == high) {
			return new Histogram(List.of(low - 0.5, high + 0.5), List.of(), List.of(1.0), List.of(1.0));
		}
		List<Double> edges = new ArrayList<>();
		for (int i = 0; i <= bins; i++) {
			edges.add(i == bins ? high : low + (high - low) * i / bins);
		}
		return new Histogram(edges, List.of(), shares(histogram(a, low, high, bins)),
				shares(histogram(b, low, high, bins)));
	}

	/** The label frequencies of a discrete column in both tables, over the shared dictionary. */
	public static Histogram histogram(DiscreteColumn real, DiscreteColumn synthetic) {
		return new Histogram(List.of(), real.labels(), shares(toDoubles(real.counts())),
				shares(toDoubles(synthetic.counts())));
	}

	private static List<Double> shares(double[] counts) {
		double total = 0;
		for (double count : counts) {
			total += count;
		}
		List<Double> shares = new ArrayList<>(counts.length);
		for (double count : counts) {
			shares.add(total == 0 ? 0 : count / total);
		}
		return shares;
	}

	private static double[] histogram(double[] values, double low, double high, int bins) {
		double[] counts = new double[bins];
		double scale = bins / (high - low);
		for (double v : values) {
			int bin = (int) ((v - low) * scale);
			counts[Math.min(bins - 1, Math.max(0, bin))]++;
		}
		return counts;
	}

	/** The Jensen–Shannon divergence (base 2) of the two columns' label frequencies; NaN when one has no values. */
	public static double jensenShannon(DiscreteColumn real, DiscreteColumn synthetic) {
		if (real.present() == 0 || synthetic.present() == 0) {
			return Double.NaN;
		}
		return jensenShannon(toDoubles(real.counts()), toDoubles(synthetic.counts()));
	}

	private static double[] toDoubles(int[] counts) {
		double[] doubles = new double[counts.length];
		for (int i = 0; i < counts.length; i++) {
			doubles[i] = counts[i];
		}
		return doubles;
	}

	/** JS divergence of two count vectors of the same length, each normalised to a distribution. */
	static double jensenShannon(double[] p, double[] q) {
		double pTotal = 0;
		double qTotal = 0;
		for (int i = 0; i < p.length; i++) {
			pTotal += p[i];
			qTotal += q[i];
		}
		double divergence = 0;
		for (int i = 0; i < p.length; i++) {
			double pi = p[i] / pTotal;
			double qi = q[i] / qTotal;
			double mi = (pi + qi) / 2;
			if (pi > 0) {
				divergence += 0.5 * pi * Math.log(pi / mi);
			}
			if (qi > 0) {
				divergence += 0.5 * qi * Math.log(qi / mi);
			}
		}
		return Math.max(0, Math.min(1, divergence / Math.log(2)));
	}

	/**
	 * SDMetrics' RangeCoverage: 1 minus the parts of the real range the synthetic values leave uncovered at either
	 * end, relative to the real range, floored at 0; NaN for a constant real column or a column without values.
	 */
	public static double rangeCoverage(NumericColumn real, NumericColumn synthetic) {
		double realMin = real.min();
		double realMax = real.max();
		double syntheticMin = synthetic.min();
		double syntheticMax = synthetic.max();
		if (Double.isNaN(realMin) || Double.isNaN(syntheticMin) || realMin == realMax) {
			return Double.NaN;
		}
		double range = realMax - realMin;
		double belowUncovered = Math.max((syntheticMin - realMin) / range, 0);
		double aboveUncovered = Math.max((realMax - syntheticMax) / range, 0);
		return Math.max(1 - (belowUncovered + aboveUncovered), 0);
	}

	/**
	 * SDMetrics' BoundaryAdherence on the non-missing values: the share of synthetic values between the real minimum
	 * and maximum (inclusive); NaN when a column has no values. (SDMetrics counts a missing synthetic value as
	 * outside when the real column has no missing value; here missing values are left out on both sides.)
	 */
	public static double boundaryAdherence(NumericColumn real, NumericColumn synthetic) {
		double[] b = synthetic.sorted();
		if (real.sorted().length == 0 || b.length == 0) {
			return Double.NaN;
		}
		int below = Discretization.lowerBound(b, real.min());
		int notAbove = Discretization.upperBound(b, real.max());
		return (double) (notAbove - below) / b.length;
	}

	/** SDMetrics' CategoryCoverage: the share of the real labels that the synthetic table has; NaN when none. */
	public static double categoryCoverage(DiscreteColumn real, DiscreteColumn synthetic) {
		int realLabels = 0;
		int covered = 0;
		for (int c = 0; c < real.counts().length; c++) {
			if (real.counts()[c] > 0) {
				realLabels++;
				if (synthetic.counts()[c] > 0) {
					covered++;
				}
			}
		}
		return realLabels == 0 ? Double.NaN : (double) covered / realLabels;
	}

	/** SDMetrics' CategoryAdherence on the non-missing values: the share of synthetic values that are real labels. */
	public static double categoryAdherence(DiscreteColumn real, DiscreteColumn synthetic) {
		if (synthetic.present() == 0) {
			return Double.NaN;
		}
		int adhering = 0;
		for (int c = 0; c < real.counts().length; c++) {
			if (real.counts()[c] > 0) {
				adhering += synthetic.counts()[c];
			}
		}
		return (double) adhering / synthetic.present();
	}
}
