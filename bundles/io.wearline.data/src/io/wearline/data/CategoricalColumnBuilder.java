package io.wearline.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends the values of a {@link ColumnType#CATEGORICAL} column. A writer on a hot path looks each label's code
 * up once with {@link #code(String)} and then appends codes with {@link #addCode(int)}, which neither boxes nor
 * hashes.
 */
public final class CategoricalColumnBuilder extends ColumnBuilder {
	private int[] codes;
	private final List<String> dictionary = new ArrayList<>();
	private final Map<String, Integer> codesByLabel = new HashMap<>();

	CategoricalColumnBuilder(Column column, int expectedRows) {
		super(column);
		codes = new int[Math.max(MINIMUM_CAPACITY, expectedRows)];
	}

	/** The code of a label, adding it to the dictionary when it is new. */
	public int code(String label) {
		if (label == null) {
			throw new IllegalArgumentException("a category needs a label; use addMissing() for a missing value");
		}
		Integer code = codesByLabel.get(label);
		if (code == null) {
			code = dictionary.size();
			dictionary.add(label);
			codesByLabel.put(label, code);
		}
		return code;
	}

	/** Appends a row of this label, or a missing row when it is null. */
	public void add(String label) {
		if (label == null) {
			addMissing();
		} else {
			append(code(label));
		}
	}

	/** Appends a row of the category with this code, as returned by {@link #code(String)}. */
	public void addCode(int code) {
		if (code < 0 || code >= dictionary.size()) {
			throw new IllegalArgumentException("code " + code + " is not in the dictionary of " + dictionary.size()
					+ " labels; get codes from code(label)");
		}
		append(code);
	}

	private void append(int code) {
		if (size == codes.length) {
			codes = Arrays.copyOf(codes, grown(codes.length, size + 1));
		}
		codes[size++] = code;
	}

	@Override
	void appendPlaceholder() {
		append(CategoricalValues.MISSING_CODE);
	}

	@Override
	CategoricalValues build() {
		int[] built = size == codes.length ? codes : Arrays.copyOf(codes, size);
		return new CategoricalValues(built, dictionary, 0, size, missingSoFar());
	}
}
