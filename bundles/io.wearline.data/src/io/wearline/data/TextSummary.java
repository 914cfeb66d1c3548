package io.wearline.data;

import java.util.HashSet;
import java.util.Set;

/** Counts the values, gaps and distinct values of STRING and CATEGORICAL columns. */
final class TextSummary {
	private TextSummary() {
	}

	static ColumnStatistics of(Column column, StringValues values) {
		Set<String> seen = new HashSet<>();
		long count = 0;
		for (int r = 0; r < values.size(); r++) {
			String value = values.get(r);
			if (value != null) {
				count++;
				seen.add(value);
			}
		}
		return ColumnStatistics.textual(column, count, values.size() - count, seen.size());
	}

	static ColumnStatistics of(Column column, CategoricalValues values) {
		// a slice may use only some of the dictionary's labels: count the codes that occur
		boolean[] seen = new boolean[values.dictionary().size()];
		long count = 0;
		long distinct = 0;
		for (int r = 0; r < values.size(); r++) {
			int code = values.code(r);
			if (code != CategoricalValues.MISSING_CODE) {
				count++;
				if (!seen[code]) {
					seen[code] = true;
					distinct++;
				}
			}
		}
		return ColumnStatistics.textual(column, count, values.size() - count, distinct);
	}
}
