package io.wearline.data.internal;

import java.util.Arrays;

/**
 * The raw texts of one column as a reader found them, with the 1-based line of each, kept until the column's
 * type is known. A null text is a row that had no cell for this column.
 */
public final class CellColumn {
	private String[] texts = new String[64];
	private long[] lines = new long[64];
	private int size;

	/** Appends a cell. */
	public void add(String text, long line) {
		if (size == texts.length) {
			texts = Arrays.copyOf(texts, size * 2);
			lines = Arrays.copyOf(lines, size * 2);
		}
		texts[size] = text;
		lines[size++] = line;
	}

	/** How many cells there are. */
	public int size() {
		return size;
	}

	/** The text of a cell, null when the row had none. */
	public String get(int index) {
		return texts[index];
	}

	/** The 1-based line of a cell. */
	public long line(int index) {
		return lines[index];
	}
}
