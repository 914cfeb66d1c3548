package io.wearline.synth.internal.transform;

import io.wearline.data.BooleanColumnBuilder;
import io.wearline.data.BooleanValues;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnValues;

/**
 * The values a BOOLEAN column had: none, false, true or both, false first.
 *
 * @param values the levels
 */
public record BooleanLevels(boolean[] values) implements Levels {
	/** Checks that the levels are false, true or both in this order. */
	public BooleanLevels {
		values = values.clone();
		if (values.length > 2 || (values.length == 2 && (values[0] || !values[1]))) {
			throw new IllegalArgumentException("boolean levels are [], [false], [true] or [false, true]");
		}
	}

	@Override
	public int size() {
		return values.length;
	}

	@Override
	public int[] levelsOf(ColumnValues column) {
		BooleanValues booleans = (BooleanValues) column;
		int falseLevel = levelOf(false);
		int trueLevel = levelOf(true);
		int[] levels = new int[column.size()];
		for (int row = 0; row < levels.length; row++) {
			levels[row] = booleans.isMissing(row) ? MISSING : booleans.get(row) ? trueLevel : falseLevel;
		}
		return levels;
	}

	private int levelOf(boolean value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return UNKNOWN;
	}

	@Override
	public void prepare(ColumnBuilder builder) {
		// nothing to learn
	}

	@Override
	public void append(ColumnBuilder builder, int level) {
		((BooleanColumnBuilder) builder).add(values[level]);
	}

	@Override
	public String describe(int level) {
		return Boolean.toString(values[level]);
	}
}
