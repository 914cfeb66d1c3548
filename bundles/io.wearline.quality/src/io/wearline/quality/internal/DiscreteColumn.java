package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.StringValues;

/**
 * One categorical or boolean column of one table as codes into a dictionary shared with the same column of the
 * other table, so that the two tables' frequencies and contingency tables line up label by label whatever order
 * each table's own dictionary has. Missing rows have code -1.
 */
public final class DiscreteColumn {
	/** The code of a missing row. */
	public static final int MISSING = -1;
	private final int[] codes;
	private final List<String> labels;
	private final int[] counts;
	private final int missing;

	private DiscreteColumn(int[] codes, List<String> labels) {
		this.codes = codes;
		this.labels = labels;
		this.counts = new int[labels.size()];
		int absent = 0;
		for (int code : codes) {
			if (code == MISSING) {
				absent++;
			} else {
				counts[code]++;
			}
		}
		this.missing = absent;
	}

	/**
	 * The real and synthetic columns over one dictionary: the real labels first, then those only the synthetic
	 * table has. Booleans are the labels {@code false} and {@code true}.
	 *
	 * @return the real column, then the synthetic one
	 */
	public static DiscreteColumn[] pair(ColumnValues real, ColumnValues synthetic) {
		Map<String, Integer> dictionary = new HashMap<>();
		List<String> labels = new ArrayList<>();
		if (real instanceof BooleanValues || synthetic instanceof BooleanValues) {
			code(dictionary, labels, "false");
			code(dictionary, labels, "true");
		}
		int[] realCodes = codes(real, dictionary, labels);
		int[] syntheticCodes = codes(synthetic, dictionary, labels);
		List<String> shared = List.copyOf(labels);
		return new DiscreteColumn[] { new DiscreteColumn(realCodes, shared), new DiscreteColumn(syntheticCodes, shared) };
	}

	private static int[] codes(ColumnValues column, Map<String, Integer> dictionary, List<String> labels) {
		int rows = column.size();
		int[] codes = new int[rows];
		switch (column) {
			case CategoricalValues categories -> {
				int[] translation = new int[categories.dictionary().size()];
				for (int c = 0; c < translation.length; c++) {
					translation[c] = code(dictionary, labels, categories.dictionary().get(c));
				}
				for (int i = 0; i < rows; i++) {
					int own = categories.code(i);
					codes[i] = own == CategoricalValues.MISSING_CODE ? MISSING : translation[own];
				}
			}
			case BooleanValues flags -> {
				for (int i = 0; i < rows; i++) {
					codes[i] = flags.isMissing(i) ? MISSING : flags.get(i) ? 1 : 0;
				}
			}
			case StringValues texts -> {
				for (int i = 0; i < rows; i++) {
					String text = texts.get(i);
					codes[i] = text == null || texts.isMissing(i) ? MISSING : code(dictionary, labels, text);
				}
			}
			default -> {
				// numbers the metadata calls categories (0/1 failure flags, levels): one label per value
				double[] numbers = NumericColumn.doubles(column);
				for (int i = 0; i < rows; i++) {
					codes[i] = Double.isNaN(numbers[i]) ? MISSING : code(dictionary, labels, label(numbers[i]));
				}
			}
		}
		return codes;
	}

	/**
	 * The label of a value in a categorical column: whole numbers without a fraction ({@code 1}, not {@code 1.0}),
	 * so that an INT column of one table and a DOUBLE column of the other share their labels.
	 */
	public static String label(Object value) {
		if (value instanceof Number number) {
			return label(number.doubleValue());
		}
		return value instanceof Boolean flag ? flag.toString() : String.valueOf(value);
	}

	private static String label(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
				: Double.toString(number);
	}

	private static int code(Map<String, Integer> dictionary, List<String> labels, String label) {
		return dictionary.computeIfAbsent(label, l -> {
			labels.add(l);
			return labels.size() - 1;
		});
	}

	/** The rows. */
	public int rows() {
		return codes.length;
	}

	/** The code of each row ({@link #MISSING} where missing); shared, do not change. */
	public int[] codes() {
		return codes;
	}

	/** The shared dictionary, so the number of codes either table may have. */
	public List<String> labels() {
		return labels;
	}

	/** How many rows have each code. */
	public int[] counts() {
		return counts;
	}

	/** Rows without a value. */
	public int missing() {
		return missing;
	}

	/** Rows with a value. */
	public int present() {
		return codes.length - missing;
	}

	/** Whether exactly one label is present (pandas' {@code nunique() == 1}). */
	public boolean constant() {
		int seen = 0;
		for (int count : counts) {
			if (count > 0) {
				seen++;
			}
		}
		return seen == 1;
	}
}
