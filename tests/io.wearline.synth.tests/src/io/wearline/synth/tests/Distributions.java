package io.wearline.synth.tests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.wearline.data.ColumnValues;
import io.wearline.data.Table;

/** The statistics the quality tests compare real and generated columns with. */
final class Distributions {

	private Distributions() {
	}

	/** The present values of a numeric column as doubles. */
	static double[] values(Table table, String column) {
		ColumnValues values = table.column(column);
		double[] present = new double[values.size() - values.missingCount()];
		for (int row = 0, i = 0; row < values.size(); row++) {
			if (!values.isMissing(row)) {
				present[i++] = ((Number) values.value(row)).doubleValue();
			}
		}
		return present;
	}

	/** 1 minus the two-sample Kolmogorov-Smirnov statistic: 1 for identical distributions. */
	static double ksComplement(double[] a, double[] b) {
		double[] x = a.clone();
		double[] y = b.clone();
		Arrays.sort(x);
		Arrays.sort(y);
		int i = 0;
		int j = 0;
		double largest = 0;
		while (i < x.length && j < y.length) {
			double value = Math.min(x[i], y[j]);
			while (i < x.length && x[i] == value) {
				i++;
			}
			while (j < y.length && y[j] == value) {
				j++;
			}
			largest = Math.max(largest, Math.abs(i / (double) x.length - j / (double) y.length));
		}
		return 1 - largest;
	}

	/** The share of the rows holding each value of a column, by value's text. */
	static Map<String, Double> shares(Table table, String column) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		ColumnValues values = table.column(column);
		for (int row = 0; row < values.size(); row++) {
			counts.merge(String.valueOf(values.value(row)), 1, Integer::sum);
		}
		Map<String, Double> shares = new LinkedHashMap<>();
		counts.forEach((value, count) -> shares.put(value, count / (double) values.size()));
		return shares;
	}

	/** The mean of values. */
	static double mean(double[] values) {
		return Arrays.stream(values).average().orElse(Double.NaN);
	}
}
