package io.wearline.batch.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal, as {@code inspect} and {@code validate-all} print it: every column as wide as its
 * widest cell, two spaces between columns, names and words left-aligned, figures right-aligned (so that their
 * digits line up), no blanks at the end of a line. Scripts compare these lines, so the layout does not change.
 */
public final class TextTable {
	private final int columns;
	private final boolean[] leftAligned;
	private final List<String[]> lines = new ArrayList<>();

	private TextTable(String[] headings) {
		columns = headings.length;
		leftAligned = new boolean[columns];
		lines.add(headings.clone());
	}

	/** A table with these headings, every column right-aligned until {@link #leftAligned} says otherwise. */
	public static TextTable withHeadings(String... headings) {
		return new TextTable(headings);
	}

	/** Aligns these columns (0-based) to the left. */
	public TextTable leftAligned(int... indexes) {
		for (int index : indexes) {
			leftAligned[index] = true;
		}
		return this;
	}

	/** Adds a row of one cell per heading. */
	public TextTable add(String... cells) {
		if (cells.length != columns) {
			throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns
					+ " columns");
		}
		lines.add(cells.clone());
		return this;
	}

	/** The headings and rows, each line ended by the platform's line separator. */
	public String text() {
		int[] widths = new int[columns];
		for (String[] line : lines) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String[] line : lines) {
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				String pad = " ".repeat(widths[i] - line[i].length());
				row.append(i == 0 ? "" : "  ").append(leftAligned[i] ? line[i] + pad : pad + line[i]);
			}
			text.append(row.toString().stripTrailing()).append(System.lineSeparator());
		}
		return text.toString();
	}
}
