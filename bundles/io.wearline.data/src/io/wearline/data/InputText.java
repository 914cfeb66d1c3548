package io.wearline.data;

/**
 * Text taken from input (a cell, a file name, a profile's word) made safe to echo in a message: control
 * characters (C0 but tab, DEL, C1) become {@code \n}, {@code \r}, {@code \0}, {@code \e} or {@code \u001b}-style
 * escapes, so that a hostile file cannot move the cursor, clear the screen or hide text in the user's terminal.
 */
public final class InputText {

	private InputText() {
	}

	/**
	 * One line: the text with every control character escaped, line breaks too; the same text when it has none.
	 *
	 * @param text input text, may be null
	 * @return the escaped text, {@code "null"} for null
	 */
	public static String escaped(String text) {
		return escaped(text, false);
	}

	/**
	 * A message that may quote input: as {@link #escaped(String)}, but its line breaks stay, for the messages
	 * that are written on several lines on purpose.
	 *
	 * @param text a message, may be null
	 * @return the escaped message, {@code "null"} for null
	 */
	public static String escapedKeepingLines(String text) {
		return escaped(text, true);
	}

	private static String escaped(String text, boolean keepLines) {
		if (text == null) {
			return "null";
		}
		if (text.chars().noneMatch(c -> isControl(c, keepLines))) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c, keepLines)) {
				escaped.append(c);
			} else if (c == '\n') {
				escaped.append("\\n");
			} else if (c == '\r') {
				escaped.append("\\r");
			} else if (c == 0) {
				escaped.append("\\0");
			} else if (c == 0x1b) {
				escaped.append("\\e");
			} else {
				escaped.append(String.format("\\u%04x", (int) c));
			}
		}
		return escaped.toString();
	}

	/** Whether a character may act on a terminal: C0 controls but tab (and line feed if kept), DEL, C1. */
	private static boolean isControl(int c, boolean keepLines) {
		return (c < 0x20 && c != '\t' && !(keepLines && c == '\n')) || (c >= 0x7f && c <= 0x9f);
	}
}
