package io.wearline.quality.internal;

import java.util.Arrays;

/**
 * Pearson's and Spearman's correlation as scipy's {@code pearsonr} and {@code spearmanr} compute them: centre,
 * scale to length 1, take the dot product, clip to [-1, 1]; Spearman is Pearson on average ranks. Complete
 * columns are standardised once ({@link NumericColumn#unitVector}), so a pair costs one dot product.
 */
public final class Correlations {
	private Correlations() {
	}

	/** Centres and scales the values to length 1, in place; returns them. All NaN when they are constant. */
	static double[] unit(double[] x) {
		double sum = 0;
		for (double v : x) {
			sum += v;
		}
		double mean = sum / x.length;
		double squares = 0;
		for (int i = 0; i < x.length; i++) {
			x[i] -= mean;
			squares += x[i] * x[i];
		}
		double norm = Math.sqrt(squares);
		for (int i = 0; i < x.length; i++) {
			x[i] /= norm;
		}
		return x;
	}

	/** The dot product of two unit vectors, clipped to [-1, 1]. */
	public static double dot(double[] u, double[] v) {
		double sum = 0;
		for (int i = 0; i < u.length; i++) {
			sum += u[i] * v[i];
		}
		return Math.max(-1, Math.min(1, sum));
	}

	/**
	 * The average ranks (1-based, ties share the mean of their ranks, as scipy's {@code rankdata}) of a complete
	 * column, given its rows in ascending order of value and the values so sorted.
	 */
	static double[] ranks(int rows, int[] order, double[] sorted) {
		double[] ranks = new double[rows];
		int start = 0;
		while (start < sorted.length) {
			int end = start + 1;
			while (end < sorted.length && sorted[end] == sorted[start]) {
				end++;
			}
			double rank = (start + 1 + end) / 2.0;
			for (int i = start; i < end; i++) {
				ranks[order[i]] = rank;
			}
			start = end;
		}
		return ranks;
	}

	/**
	 * The correlation of the rows where both columns have a value (pandas' {@code dropna} of the pair), NaN when
	 * either is then constant, as scipy returns it.
	 *
	 * @throws IllegalArgumentException as scipy raises ValueError, when fewer than two rows are complete
	 */
	public static double of(NumericColumn a, NumericColumn b, boolean spearman) {
		if (a.complete() && b.complete()) {
			if (a.constant() || b.constant()) {
				return Double.NaN;
			}
			return dot(a.unitVector(spearman), b.unitVector(spearman));
		}
		int rows = a.rows();
		double[] x = new double[rows];
		double[] y = new double[rows];
		int n = 0;
		for (int i = 0; i < rows; i++) {
			double u = a.value(i);
			double v = b.value(i);
			if (!Double.isNaN(u) && !Double.isNaN(v)) {
				x[n] = u;
				y[n] = v;
				n++;
			}
		}
		if (n < 2) {
			throw new IllegalArgumentException("x and y must have length at least 2.");
		}
		x = Arrays.copyOf(x, n);
		y = Arrays.copyOf(y, n);
		if (isConstant(x) || isConstant(y)) {
			return Double.NaN;
		}
		if (spearman) {
			x = ranks(x);
			y = ranks(y);
		}
		return dot(unit(x), unit(y));
	}

	private static double[] ranks(double[] x) {
		int[] order = new int[x.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		double[] sorted = x.clone();
		IndexSort.sortTogether(sorted, order);
		return ranks(x.length, order, sorted);
	}

	private static boolean isConstant(double[] x) {
		for (double v : x) {
			if (v != x[0]) {
				return false;
			}
		}
		return true;
	}
}
