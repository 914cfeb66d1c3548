package io.wearline.quality.internal.html;

import java.util.Locale;

/** Numbers written into SVG attributes: one decimal, dot as separator. */
final class Svg {
	private Svg() {
	}

	static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** Text cut to at most {@code max} characters, with an ellipsis; the whole text goes in a tooltip. */
	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
	}
}
