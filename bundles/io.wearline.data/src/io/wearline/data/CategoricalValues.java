package io.wearline.data;

import java.util.BitSet;
import java.util.List;

/**
 * The values of a {@link ColumnType#CATEGORICAL} column: one {@code int} code per row into a dictionary of
 * labels, code -1 for a missing row. Models work on the codes; the labels are for people and files.
 */
public final class CategoricalValues extends ColumnValues {
	/** The code of a missing row. */
	public static final int MISSING_CODE = -1;
	private final int[] codes;
	private final List<String> dictionary;

	CategoricalValues(int[] codes, List<String> dictionary, int offset, int length, BitSet missing) {
		super(offset, length, missing);
		this.codes = codes;
		this.dictionary = List.copyOf(dictionary);
	}

	@Override
	public ColumnType type() {
		return ColumnType.CATEGORICAL;
	}

	/** The code of this row's category (an index into {@link #dictionary()}), or {@link #MISSING_CODE}. */
	public int code(int row) {
		return codes[offset + checked(row)];
	}

	/** The label of this row's category, or null when the row is missing. */
	public String label(int row) {
		int code = code(row);
		return code == MISSING_CODE ? null : dictionary.get(code);
	}

	/** The labels, indexed by code, in the order they were first seen; a slice keeps the whole dictionary. */
	public List<String> dictionary() {
		return dictionary;
	}

	@Override
	public Object value(int row) {
		return label(row);
	}

	@Override
	public CategoricalValues slice(int fromRow, int toRow) {
		checkRange(fromRow, toRow);
		return new CategoricalValues(codes, dictionary, offset + fromRow, toRow - fromRow, missingBits());
	}
}
