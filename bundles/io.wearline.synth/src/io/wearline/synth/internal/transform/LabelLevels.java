package io.wearline.synth.internal.transform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wearline.data.CategoricalColumnBuilder;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.StringColumnBuilder;
import io.wearline.data.StringValues;

/**
 * The labels of a STRING or CATEGORICAL column. A categorical column keeps its whole dictionary as well, so that
 * generated tables carry the same labels in the same order, including labels no row of the fitted data had.
 *
 * @param type STRING or CATEGORICAL
 * @param labels the levels, in the order of the one-hot group
 * @param dictionary the categorical column's dictionary (empty for STRING)
 */
public record LabelLevels(ColumnType type, List<String> labels, List<String> dictionary) implements Levels {
	/** Checks the type and copies the lists. */
	public LabelLevels {
		if (type != ColumnType.STRING && type != ColumnType.CATEGORICAL) {
			throw new IllegalArgumentException("labels belong to STRING or CATEGORICAL columns, not " + type);
		}
		labels = List.copyOf(labels);
		dictionary = List.copyOf(dictionary);
		if (!dictionary.isEmpty() && !dictionary.containsAll(labels)) {
			throw new IllegalArgumentException("every label must be in the dictionary");
		}
	}

	@Override
	public int size() {
		return labels.size();
	}

	@Override
	public int[] levelsOf(ColumnValues values) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			index.put(labels.get(i), i);
		}
		int[] levels = new int[values.size()];
		if (values instanceof CategoricalValues categories) {
			// one lookup per label of the dictionary, not per row
			List<String> seen = categories.dictionary();
			int[] byCode = new int[seen.size()];
			for (int code = 0; code < byCode.length; code++) {
				byCode[code] = index.getOrDefault(seen.get(code), UNKNOWN);
			}
			for (int row = 0; row < levels.length; row++) {
				int code = categories.code(row);
				levels[row] = code == CategoricalValues.MISSING_CODE ? MISSING : byCode[code];
			}
		} else {
			StringValues strings = (StringValues) values;
			for (int row = 0; row < levels.length; row++) {
				String label = strings.get(row);
				levels[row] = label == null ? MISSING : index.getOrDefault(label, UNKNOWN);
			}
		}
		return levels;
	}

	@Override
	public void prepare(ColumnBuilder builder) {
		if (builder instanceof CategoricalColumnBuilder categories) {
			for (String label : dictionary) {
				categories.code(label);
			}
		}
	}

	@Override
	public void append(ColumnBuilder builder, int level) {
		if (builder instanceof CategoricalColumnBuilder categories) {
			categories.add(labels.get(level));
		} else {
			((StringColumnBuilder) builder).add(labels.get(level));
		}
	}

	@Override
	public String describe(int level) {
		return labels.get(level);
	}
}
