package io.wearline.quality.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Contingency tables of two coded columns (codes 0 to k - 1; the caller gives missing values a code of their own,
 * as pandas' {@code groupby(dropna=False)} does): SDMetrics' ContingencySimilarity and the real table's Cramér's V
 * (scipy's {@code association(method='cramer')}, without Yates' correction), which its association threshold reads.
 */
public final class Contingency {
	private static final long DENSE_LIMIT = 1L << 22;

	private Contingency() {
	}

	/** The joint counts of two code columns: dense when the table is small enough, else by key. */
	static Map<Long, Integer> sparseCounts(int[] a, int[] b) {
		Map<Long, Integer> counts = new HashMap<>();
		for (int i = 0; i < a.length; i++) {
			counts.merge(((long) a[i] << 32) | b[i], 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * 1 minus half the sum of the absolute differences of the two tables' joint frequencies (each count divided by
	 * its table's rows), over every combination either table has.
	 */
	public static double similarity(int[] realA, int[] realB, int[] syntheticA, int[] syntheticB, int ka, int kb) {
		if ((long) ka * kb <= DENSE_LIMIT) {
			double[] real = dense(realA, realB, kb, ka * kb);
			double[] synthetic = dense(syntheticA, syntheticB, kb, ka * kb);
			double variation = 0;
			for (int c = 0; c < real.length; c++) {
				variation += Math.abs(real[c] / realA.length - synthetic[c] / syntheticA.length);
			}
			return 1 - variation / 2;
		}
		Map<Long, Integer> real = sparseCounts(realA, realB);
		Map<Long, Integer> synthetic = sparseCounts(syntheticA, syntheticB);
		double variation = 0;
		for (Map.Entry<Long, Integer> entry : real.entrySet()) {
			variation += Math.abs(entry.getValue() / (double) realA.length
					- synthetic.getOrDefault(entry.getKey(), 0) / (double) syntheticA.length);
		}
		for (Map.Entry<Long, Integer> entry : synthetic.entrySet()) {
			if (!real.containsKey(entry.getKey())) {
				variation += entry.getValue() / (double) syntheticA.length;
			}
		}
		return 1 - variation / 2;
	}

	private static double[] dense(int[] a, int[] b, int kb, int size) {
		double[] counts = new double[size];
		for (int i = 0; i < a.length; i++) {
			counts[a[i] * kb + b[i]]++;
		}
		return counts;
	}

	/**
	 * Cramér's V of the table of the combinations present (rows and columns that occur), NaN when it has no rows or
	 * fewer than two rows or columns, where SDMetrics scores nothing.
	 */
	public static double cramersV(int[] a, int[] b, int ka, int kb) {
		if (a.length == 0 || (long) ka * kb > DENSE_LIMIT) {
			return Double.NaN;
		}
		double[] counts = dense(a, b, kb, ka * kb);
		double[] rowTotals = new double[ka];
		double[] columnTotals = new double[kb];
		for (int r = 0; r < ka; r++) {
			for (int c = 0; c < kb; c++) {
				rowTotals[r] += counts[r * kb + c];
				columnTotals[c] += counts[r * kb + c];
			}
		}
		int rows = 0;
		int columns = 0;
		for (double total : rowTotals) {
			rows += total > 0 ? 1 : 0;
		}
		for (double total : columnTotals) {
			columns += total > 0 ? 1 : 0;
		}
		if (Math.min(rows, columns) < 2) {
			return Double.NaN;
		}
		double n = a.length;
		double chiSquare = 0;
		for (int r = 0; r < ka; r++) {
			if (rowTotals[r] == 0) {
				continue;
			}
			for (int c = 0; c < kb; c++) {
				if (columnTotals[c] == 0) {
					continue;
				}
				double expected = rowTotals[r] * columnTotals[c] / n;
				double difference = counts[r * kb + c] - expected;
				chiSquare += difference * difference / expected;
			}
		}
		return Math.sqrt(chiSquare / n / (Math.min(rows, columns) - 1));
	}
}
