package io.wearline.quality.internal.utility;

import java.util.ArrayList;
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
 * Rows of a table as feature vectors, learnt from the training rows: numbers as they are with a missing value
 * replaced by the training mean (Tribuo's models take no NaN), flags as 0 or 1, categories one-hot over the
 * training table's labels (a label it never saw is all zeros).
 */
final class FeatureEncoding {
	private final List<String> columns;
	private final Map<String, Double> means = new HashMap<>();
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
					NumericColumn numbers = NumericColumn.of(values);
					double sum = 0;
					int count = 0;
					for (int row : rows) {
						double v = numbers.value(row);
						if (!Double.isNaN(v)) {
							sum += v;
							count++;
						}
					}
					means.put(column, count == 0 ? 0 : sum / count);
					featureNames.add(column);
				}
			}
		}
		this.names = featureNames.toArray(String[]::new);
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
				NumericColumn numbers = NumericColumn.of(values);
				double mean = means.get(column);
				for (int i = 0; i < rows.length; i++) {
					double v = numbers.value(rows[i]);
					vectors[i][feature] = Double.isNaN(v) ? mean : v;
				}
				feature++;
			}
		}
		return vectors;
	}
}
