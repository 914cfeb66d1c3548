package io.wearline.batch.command;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Rows printed in columns as wide as their widest cell, two spaces apart; the last column is not padded. For the
 * tables of the machine commands ({@code machines}, {@code history}).
 */
final class TextTable {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	private TextTable() {
	}

	/** Prints the rows, the first being the headings. */
	static void print(List<String[]> rows, PrintStream out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int c = 0; c < columns; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				line.append(c == columns - 1 ? row[c] : row[c] + " ".repeat(widths[c] - row[c].length() + 2));
			}
			out.println(line.toString().stripTrailing());
		}
	}

	/** A moment as the tables show it, in this machine's time zone: {@code 2026-12-03 14:02}. */
	static String time(Instant instant) {
		return TIME.format(instant);
	}
}
