package io.wearline.data.internal.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses a CSV file's separator from its first lines: of comma, semicolon, tab and bar, the one that occurs
 * (outside quotes) the same number of times, at least once, on every line looked at; among several, the one that
 * occurs most often, then the first in that order. A file where none qualifies has one column: comma.
 */
public final class SeparatorDetection {
	/** The candidates, in the order that breaks ties. */
	static final char[] CANDIDATES = { ',', ';', '\t', '|' };
	/** How many lines decide. */
	public static final int LINES = 20;

	private SeparatorDetection() {
	}

	/** The separator of a text that starts with the file's first lines (a last, partial line is ignored). */
	public static char detect(String head, boolean complete) {
		List<String> lines = lines(head, complete);
		char best = ',';
		int bestCount = 0;
		for (char candidate : CANDIDATES) {
			int count = consistentCount(lines, candidate);
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static List<String> lines(String head, boolean complete) {
		List<String> lines = new ArrayList<>();
		for (String line : head.split("\r\n|\n|\r", -1)) {
			if (!line.isBlank() && lines.size() < LINES) {
				lines.add(line);
			}
		}
		boolean lastIsPartial = !complete && !head.endsWith("\n") && !head.endsWith("\r") && lines.size() > 1;
		if (lastIsPartial && lines.size() < LINES) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	/** The count of the separator on each line when it is the same on all, else 0. */
	private static int consistentCount(List<String> lines, char separator) {
		int count = -1;
		for (String line : lines) {
			int here = countOutsideQuotes(line, separator);
			if (count >= 0 && here != count) {
				return 0;
			}
			count = here;
		}
		return Math.max(count, 0);
	}

	private static int countOutsideQuotes(String line, char separator) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == separator && !quoted) {
				count++;
			}
		}
		return count;
	}
}
