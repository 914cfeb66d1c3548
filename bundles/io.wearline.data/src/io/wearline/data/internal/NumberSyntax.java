package io.wearline.data.internal;

/**
 * Decides whether a text is a number as people and CSV tools write them. Stricter than
 * {@link Double#parseDouble}, which also takes "1d", "0x1p3" and surrounding control characters.
 */
public final class NumberSyntax {
	private NumberSyntax() {
	}

	/** An optional sign and one or more digits. */
	public static boolean isInteger(String text) {
		int start = signLength(text);
		return start < text.length() && digitsEnd(text, start) == text.length();
	}

	/** An integer, or a decimal with optional fraction and exponent, or NaN, Infinity, -Infinity. */
	public static boolean isDecimal(String text) {
		int start = signLength(text);
		if (isWord(text, start, "Infinity") || (start == 0 && isWord(text, 0, "NaN"))) {
			return true;
		}
		int end = digitsEnd(text, start);
		boolean digits = end > start;
		if (end < text.length() && text.charAt(end) == '.') {
			int fractionEnd = digitsEnd(text, end + 1);
			digits |= fractionEnd > end + 1;
			end = fractionEnd;
		}
		if (!digits) {
			return false;
		}
		if (end < text.length() && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
			int exponentStart = end + 1;
			if (exponentStart < text.length() && (text.charAt(exponentStart) == '-' || text.charAt(exponentStart) == '+')) {
				exponentStart++;
			}
			end = digitsEnd(text, exponentStart);
			if (end == exponentStart) {
				return false;
			}
		}
		return end == text.length();
	}

	private static boolean isWord(String text, int from, String word) {
		return text.length() - from == word.length() && text.startsWith(word, from);
	}

	private static int signLength(String text) {
		return !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
	}

	private static int digitsEnd(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i;
	}
}
