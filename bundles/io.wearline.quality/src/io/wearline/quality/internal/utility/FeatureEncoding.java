package io.wearline.quality.internal.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.Table;
import io.wearline.quality.internal.NumericColumn;

/**
 * Rows of a table as feature vectors, learnt from the training rows: numbers as the index of their bin among up to
 * 256 quantile bins of the training values, with a missing value taken as the training mean (Tribuo's models take
 * no NaN); flags as 0 or 1; categories one-hot over the training table's labels (a label it never saw is all
 * zeros). Trees split on order only, so binning loses little, and it bounds the distinct values per feature,
 * which is what Tribuo's tree building costs: continuous columns of 5,000 distinct values took four times as long.
 */
final class FeatureEncoding {
	private final List<String> columns;
	private static final int BINS = 256;
	private final Map<String, Double> means = new HashMap<>();
	private final Map<String, double[]> cuts = new HashMap<>();
	private final Map<String, List<String>> labels = new LinkedHashMap<>();
	private final String[] names;

	FeatureEncoding(Table training, int[] rows, List<String> columns) {
		this.columns = List.copyOf(columns);
		List<String> featureNames = new ArrayList<>();
		for (String column : columns) {
			ColumnValues values = training.column(column);
			switch (values) {
				case CategoricalValues categories -> {
					List<String> seen = new ArrayList<>();
					boolean[] present = new boolean[categories.dictionary().size()];
					for (int row : rows) {
						int code = categories.code(row);
						if (code >= 0 && !present[code]) {
							present[code] = true;
						}
					}
					for (int c = 0; c < present.length; c++) {
						if (present[c]) {
							seen.add(categories.dictionary().get(c));
							featureNames.add(column + "=" + categories.dictionary().get(c));
						}
					}
					labels.put(column, seen);
				}
				case BooleanValues flags -> featureNames.add(column);
				default -> {
					double[] numbers = NumericColumn.doubles(values);
					double[] present = new double[rows.length];
					double sum = 0;
					int count = 0;
					for (int row : rows) {
						double v = numbers[row];
						if (!Double.isNaN(v)) {
							sum += v;
							present[count++] = v;
						}
					}
					means.put(column, count == 0 ? 0 : sum / count);
					cuts.put(column, quantileCuts(Arrays.copyOf(present, count)));
					featureNames.add(column);
				}
			}
		}
		this.names = featureNames.toArray(String[]::new);
	}

	/** The distinct values at the 1/256, 2/256, ... quantiles of the values: the upper bounds of the bins. */
	private static double[] quantileCuts(double[] values) {
		Arrays.sort(values);
		double[] bounds = new double[BINS];
		int n = 0;
		for (int k = 1; k <= BINS && values.length > 0; k++) {
			double bound = values[(int) Math.min(values.length - 1, (long) k * values.length / BINS)];
			if (n == 0 || bound > bounds[n - 1]) {
				bounds[n++] = bound;
			}
		}
		return Arrays.copyOf(bounds, n);
	}

	/** The number of bounds below the value: its bin. */
	private static double bin(double[] bounds, double value) {
		int low = 0;
		int high = bounds.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (bounds[middle] < value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The feature names, in vector order. */
	String[] names() {
		return names;
	}

	/** The feature vectors of these rows of a table with the same columns. */
	double[][] encode(Table table, int[] rows) {
		double[][] vectors = new double[rows.length][names.length];
		int feature = 0;
		for (String column : columns) {
			ColumnValues values = table.column(column);
			if (labels.containsKey(column)) {
				List<String> known = labels.get(column);
				for (int i = 0; i < rows.length; i++) {
					Object label = values.value(rows[i]);
					int index = label == null ? -1 : known.indexOf(label.toString());
					if (index >= 0) {
						vectors[i][feature + index] = 1;
					}
				}
				feature += known.size();
			} else if (values instanceof BooleanValues flags) {
				for (int i = 0; i < rows.length; i++) {
					vectors[i][feature] = !flags.isMissing(rows[i]) && flags.get(rows[i]) ? 1 : 0;
				}
				feature++;
			} else {
				double[] numbers = NumericColumn.doubles(values);
				double mean = means.get(column);
				double[] bounds = cuts.get(column);
				for (int i = 0; i < rows.length; i++) {
					double v = numbers[rows[i]];
					vectors[i][feature] = bin(bounds, Double.isNaN(v) ? mean : v);
				}
				feature++;
			}
		}
		return vectors;
	}
}
