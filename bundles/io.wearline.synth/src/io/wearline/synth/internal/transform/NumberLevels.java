package io.wearline.synth.internal.transform;

import java.util.Arrays;

import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleColumnBuilder;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntColumnBuilder;
import io.wearline.data.IntValues;
import io.wearline.data.LongColumnBuilder;
import io.wearline.data.LongValues;

/**
 * The distinct values of a DOUBLE, LONG or INT column, ascending. Integers are kept as longs so that they come
 * back exactly, whatever their size.
 *
 * @param type DOUBLE, LONG or INT
 * @param doubles the values of a DOUBLE column (empty otherwise), ascending, distinct, finite
 * @param longs the values of a LONG or INT column (empty otherwise), ascending, distinct
 */
public record NumberLevels(ColumnType type, double[] doubles, long[] longs) implements Levels {
	/** Checks that the values fit the type and are ascending. */
	public NumberLevels {
		doubles = doubles.clone();
		longs = longs.clone();
		if (!type.isNumeric() || (type == ColumnType.DOUBLE ? longs.length != 0 : doubles.length != 0)) {
			throw new IllegalArgumentException("number levels of a " + type + " column need "
					+ (type == ColumnType.DOUBLE ? "doubles" : "longs") + " only");
		}
		for (int i = 1; i < doubles.length; i++) {
			if (!(doubles[i] > doubles[i - 1])) {
				throw new IllegalArgumentException("number levels must be ascending and distinct");
			}
		}
		for (int i = 1; i < longs.length; i++) {
			if (longs[i] <= longs[i - 1]) {
				throw new IllegalArgumentException("number levels must be ascending and distinct");
			}
		}
	}

	@Override
	public int size() {
		return type == ColumnType.DOUBLE ? doubles.length : longs.length;
	}

	@Override
	public int[] levelsOf(ColumnValues values) {
		int[] levels = new int[values.size()];
		for (int row = 0; row < levels.length; row++) {
			levels[row] = levelOf(values, row);
		}
		return levels;
	}

	private int levelOf(ColumnValues values, int row) {
		if (values.isMissing(row)) {
			return MISSING;
		}
		int found;
		switch (values) {
			case DoubleValues numbers -> {
				// + 0.0 turns -0.0 into 0.0: the levels hold one zero
				double value = numbers.get(row) + 0.0;
				if (Double.isNaN(value)) {
					return MISSING;
				}
				found = Arrays.binarySearch(doubles, value);
			}
			case LongValues numbers -> found = Arrays.binarySearch(longs, numbers.get(row));
			case IntValues numbers -> found = Arrays.binarySearch(longs, numbers.get(row));
			default -> throw new IllegalArgumentException("number levels cannot read a " + values.type() + " column");
		}
		return found >= 0 ? found : UNKNOWN;
	}

	@Override
	public void prepare(ColumnBuilder builder) {
		// nothing to learn
	}

	@Override
	public void append(ColumnBuilder builder, int level) {
		switch (builder) {
			case DoubleColumnBuilder numbers -> numbers.add(doubles[level]);
			case LongColumnBuilder numbers -> numbers.add(longs[level]);
			case IntColumnBuilder numbers -> numbers.add((int) longs[level]);
			default -> throw new IllegalArgumentException("number levels cannot write a " + builder.column().type()
					+ " column");
		}
	}

	/** The value of a level as a double (a long beyond 2^53 rounds). */
	public double value(int level) {
		return type == ColumnType.DOUBLE ? doubles[level] : longs[level];
	}

	@Override
	public String describe(int level) {
		return type == ColumnType.DOUBLE ? Double.toString(doubles[level]) : Long.toString(longs[level]);
	}
}
