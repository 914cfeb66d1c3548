package io.wearline.synth.internal.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntValues;
import io.wearline.data.LongValues;
import io.wearline.data.StringValues;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.TransformerOptions;
import io.wearline.synth.transform.UnusableDataException;
import io.wearline.synth.transform.ValueBounds;

/**
 * Looks at one column of the table the transformer is fitted on and chooses its codec: all missing, constant,
 * near-constant, discrete, categorical or continuous (then fits the column's mixture). Refuses what cannot be
 * learned: an infinite value, a column of more distinct labels than the category limit, a column whose values lie
 * wholly outside the bounds given for it.
 */
public final class ColumnSurvey {
	/** The most values a near-constant column keeps to draw from; more are thinned to evenly spaced ranks. */
	static final int NEAR_CONSTANT_VALUES = 1_000;

	private final Column column;
	private final ColumnValues values;
	private final TransformerOptions options;
	private final long seed;

	private ColumnSurvey(Column column, ColumnValues values, TransformerOptions options, long seed) {
		this.column = column;
		this.values = values;
		this.options = options;
		this.seed = seed;
	}

	/**
	 * The codec of a column.
	 *
	 * @param seed the seed of the column's subsample and mixture
	 * @throws UnusableDataException when the column cannot be learned
	 */
	public static ColumnCodec codec(Column column, ColumnValues values, TransformerOptions options, long seed) {
		ColumnSurvey survey = new ColumnSurvey(column, values, options, seed);
		return switch (column.type()) {
			case DOUBLE, LONG, INT -> survey.numbers();
			case BOOLEAN -> survey.booleans();
			case STRING, CATEGORICAL -> survey.labels();
		};
	}

	private ColumnCodec numbers() {
		Present present = present();
		int n = present.values.length;
		boolean missing = n < values.size();
		if (n == 0) {
			return allMissing();
		}
		double[] sorted = present.values.clone();
		Arrays.sort(sorted);
		long[] sortedLongs = present.longs == null ? null : present.longs.clone();
		if (sortedLongs != null) {
			Arrays.sort(sortedLongs);
		}
		int distinct = sortedLongs != null ? DistinctValues.count(sortedLongs) : DistinctValues.count(sorted);
		if (distinct == 1 || nearConstant(sorted)) {
			return fixed(numberLevels(sorted, sortedLongs, NEAR_CONSTANT_VALUES), sorted, sortedLongs, missing);
		}
		if (distinct <= options.discreteLimit()) {
			return new CategoryCodec(column, Treatment.DISCRETE, numberLevels(sorted, sortedLongs, distinct), missing);
		}
		ValueBounds range = range(sorted[0], sorted[n - 1]);
		double[] sample = subsample(present.values, options.mixtureSampleSize(), new SplittableRandom(seed));
		Mixture mixture = VariationalMixture.fit(sample, options.maxModes(), options.weightThreshold(),
				new SplittableRandom(seed).split().nextLong());
		return new ContinuousCodec(column, mixture, range, missing);
	}

	/** The present values as doubles (-0.0 as 0.0), and as longs for an integer column. */
	private record Present(double[] values, long[] longs) {
	}

	private Present present() {
		int rows = values.size();
		int count = rows - values.missingCount();
		double[] doubles = new double[count];
		long[] longs = column.type() == ColumnType.DOUBLE ? null : new long[count];
		int next = 0;
		for (int row = 0; row < rows; row++) {
			if (values.isMissing(row)) {
				continue;
			}
			switch (values) {
				case DoubleValues numbers -> {
					double x = numbers.get(row);
					if (Double.isInfinite(x)) {
						throw infinite(numbers, row);
					}
					if (!Double.isNaN(x)) {
						doubles[next++] = x + 0.0;
					}
				}
				case LongValues numbers -> {
					longs[next] = numbers.get(row);
					doubles[next++] = numbers.get(row);
				}
				case IntValues numbers -> {
					longs[next] = numbers.get(row);
					doubles[next++] = numbers.get(row);
				}
				default -> throw new IllegalStateException(values.type() + " is not a number");
			}
		}
		return new Present(Arrays.copyOf(doubles, next), longs == null ? null : Arrays.copyOf(longs, next));
	}

	private UnusableDataException infinite(DoubleValues numbers, int row) {
		int count = 0;
		for (int r = row; r < numbers.size(); r++) {
			if (!numbers.isMissing(r) && Double.isInfinite(numbers.get(r))) {
				count++;
			}
		}
		return new UnusableDataException(String.format(Locale.ROOT, "column '%s' has %s in row %d (%d infinite "
				+ "values in all); infinite values cannot be learned: replace them by finite values, leave them "
				+ "missing, or drop the column", column.name(), numbers.get(row), row, count), column.name(), row);
	}

	/** Whether the values differ only by noise far below their magnitude. */
	private boolean nearConstant(double[] sorted) {
		double mean = 0;
		for (double x : sorted) {
			mean += x;
		}
		mean /= sorted.length;
		double sum = 0;
		for (double x : sorted) {
			sum += (x - mean) * (x - mean);
		}
		double std = Math.sqrt(sum / sorted.length);
		double magnitude = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
		return std <= options.nearConstantTolerance() * magnitude;
	}

	/** The range of a continuous column: the values' own, cut by the bounds given for the column. */
	private ValueBounds range(double min, double max) {
		ValueBounds given = options.boundsOf(column.name());
		double low = Math.max(min, given.min());
		double high = Math.min(max, given.max());
		boolean integer = column.type() != ColumnType.DOUBLE;
		if (low > high || (integer && Math.ceil(low) > Math.floor(high))) {
			throw new UnusableDataException(String.format(Locale.ROOT, "column '%s' has values from %s to %s, "
					+ "wholly outside the range [%s, %s] given for it (the profile's sensor range); correct the "
					+ "range in the profile or the column's values", column.name(), number(min), number(max),
					number(given.min()), number(given.max())), column.name(), -1);
		}
		return new ValueBounds(low, high);
	}

	private static String number(double x) {
		return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
	}

	/**
	 * The distinct values as levels; more than {@code limit} are thinned to {@code limit} values at evenly spaced
	 * ranks.
	 */
	private NumberLevels numberLevels(double[] sorted, long[] sortedLongs, int limit) {
		if (sortedLongs != null) {
			long[] unique = DistinctValues.of(sortedLongs);
			return new NumberLevels(column.type(), new double[0], DistinctValues.thin(unique, limit));
		}
		double[] unique = DistinctValues.of(sorted);
		return new NumberLevels(ColumnType.DOUBLE, DistinctValues.thin(unique, limit), new long[0]);
	}

	private ColumnCodec fixed(NumberLevels levels, double[] sorted, long[] sortedLongs, boolean missing) {
		long[] counts = new long[levels.size()];
		// each value counts for the nearest level at or above it: exact when nothing was thinned
		int level = 0;
		for (int i = 0; i < sorted.length; i++) {
			double x = sortedLongs != null ? sortedLongs[i] : sorted[i];
			while (level < levels.size() - 1 && levels.value(level) < x) {
				level++;
			}
			counts[level]++;
		}
		return positive(levels, counts, missing);
	}

	/** Drops the levels that no value counted for (possible only after thinning). */
	private ColumnCodec positive(NumberLevels levels, long[] counts, boolean missing) {
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				kept.add(i);
			}
		}
		if (kept.size() == counts.length) {
			return new FixedCodec(column, levels, counts, missing);
		}
		double[] doubles = levels.doubles().length == 0 ? new double[0]
				: kept.stream().mapToDouble(i -> levels.doubles()[i]).toArray();
		long[] longs = levels.longs().length == 0 ? new long[0]
				: kept.stream().mapToLong(i -> levels.longs()[i]).toArray();
		long[] keptCounts = kept.stream().mapToLong(i -> counts[i]).toArray();
		return new FixedCodec(column, new NumberLevels(levels.type(), doubles, longs), keptCounts, missing);
	}

	private ColumnCodec booleans() {
		BooleanValues booleans = (BooleanValues) values;
		long falses = 0;
		long trues = 0;
		for (int row = 0; row < booleans.size(); row++) {
			if (!booleans.isMissing(row)) {
				if (booleans.get(row)) {
					trues++;
				} else {
					falses++;
				}
			}
		}
		boolean missing = falses + trues < booleans.size();
		if (falses + trues == 0) {
			return allMissing();
		}
		if (falses == 0 || trues == 0) {
			return new FixedCodec(column, new BooleanLevels(new boolean[] { trues > 0 }),
					new long[] { falses + trues }, missing);
		}
		return new CategoryCodec(column, Treatment.CATEGORICAL, new BooleanLevels(new boolean[] { false, true }),
				missing);
	}

	private ColumnCodec labels() {
		Map<String, long[]> counts = new LinkedHashMap<>();
		List<String> dictionary = List.of();
		long present = 0;
		if (values instanceof CategoricalValues categories) {
			dictionary = categories.dictionary();
			long[] byCode = new long[dictionary.size()];
			for (int row = 0; row < categories.size(); row++) {
				int code = categories.code(row);
				if (code != CategoricalValues.MISSING_CODE) {
					byCode[code]++;
					present++;
				}
			}
			for (int code = 0; code < byCode.length; code++) {
				if (byCode[code] > 0) {
					counts.put(dictionary.get(code), new long[] { byCode[code] });
				}
			}
		} else {
			StringValues strings = (StringValues) values;
			for (int row = 0; row < strings.size(); row++) {
				String label = strings.get(row);
				if (label != null) {
					counts.computeIfAbsent(label, l -> new long[1])[0]++;
					present++;
				}
			}
		}
		if (present == 0) {
			return allMissing();
		}
		if (counts.size() > options.categoryLimit()) {
			throw new UnusableDataException(String.format(Locale.ROOT, "column '%s' has %,d distinct values, more "
					+ "than the %,d a categorical column may have; so many categories cannot be learned: drop the "
					+ "column or map its values to fewer groups", column.name(), counts.size(),
					options.categoryLimit()), column.name(), -1);
		}
		boolean missing = present < values.size();
		LabelLevels levels = new LabelLevels(column.type(), new ArrayList<>(counts.keySet()), dictionary);
		if (counts.size() == 1) {
			return new FixedCodec(column, levels, new long[] { present }, missing);
		}
		return new CategoryCodec(column, Treatment.CATEGORICAL, levels, missing);
	}

	private ColumnCodec allMissing() {
		Levels none = switch (column.type()) {
			case DOUBLE -> new NumberLevels(ColumnType.DOUBLE, new double[0], new long[0]);
			case LONG, INT -> new NumberLevels(column.type(), new double[0], new long[0]);
			case BOOLEAN -> new BooleanLevels(new boolean[0]);
			case STRING, CATEGORICAL -> new LabelLevels(column.type(), List.of(),
					values instanceof CategoricalValues categories ? categories.dictionary() : List.of());
		};
		return new FixedCodec(column, none, new long[0], false);
	}

	/** A subsample of at most {@code size} values, without replacement (a partial Fisher-Yates shuffle). */
	static double[] subsample(double[] values, int size, SplittableRandom random) {
		if (values.length <= size) {
			return values.clone();
		}
		double[] copy = values.clone();
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(copy.length - i);
			double swap = copy[i];
			copy[i] = copy[j];
			copy[j] = swap;
		}
		return Arrays.copyOf(copy, size);
	}
}
