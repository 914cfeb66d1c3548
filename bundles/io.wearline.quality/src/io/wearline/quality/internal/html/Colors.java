package io.wearline.quality.internal.html;

import java.util.Locale;

/**
 * The colours of the charts: blue for real data and orange for synthetic (told apart by people with the common
 * colour-vision deficiencies), a blue-white-red scale for correlations and a white-to-purple one for differences.
 */
final class Colors {
	static final String REAL = "#3b6fb6";
	static final String SYNTHETIC = "#e08a1e";
	static final String MISSING = "#d9d9d9";
	static final String PASS = "#1a7f37";
	static final String FAIL = "#c62828";
	static final String NEUTRAL = "#6b7280";

	private static final int[] BLUE = { 0x3b, 0x6f, 0xb6 };
	private static final int[] WHITE = { 0xff, 0xff, 0xff };
	private static final int[] RED = { 0xc8, 0x42, 0x3b };
	private static final int[] PURPLE = { 0x5b, 0x2a, 0x86 };

	private Colors() {
	}

	/** A correlation from -1 (blue) through 0 (white) to 1 (red); grey for NaN. */
	static String correlation(double r) {
		if (Double.isNaN(r)) {
			return MISSING;
		}
		double t = Math.max(-1, Math.min(1, r));
		return t < 0 ? mix(WHITE, BLUE, -t) : mix(WHITE, RED, t);
	}

	/** An absolute difference from 0 (white) to {@code full} and above (purple); grey for NaN. */
	static String difference(double d, double full) {
		if (Double.isNaN(d)) {
			return MISSING;
		}
		return mix(WHITE, PURPLE, Math.max(0, Math.min(1, Math.abs(d) / full)));
	}

	/** A score's colour: green when it meets the minimum, red when not, grey without a minimum or score. */
	static String verdict(double score, double minimum) {
		if (Double.isNaN(score) || Double.isNaN(minimum)) {
			return NEUTRAL;
		}
		return score >= minimum ? PASS : FAIL;
	}

	/** Whether text on this fill should be white rather than black. */
	static boolean dark(String hex) {
		int r = Integer.parseInt(hex.substring(1, 3), 16);
		int g = Integer.parseInt(hex.substring(3, 5), 16);
		int b = Integer.parseInt(hex.substring(5, 7), 16);
		return 0.299 * r + 0.587 * g + 0.114 * b < 140;
	}

	private static String mix(int[] from, int[] to, double t) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", channel(from[0], to[0], t), channel(from[1], to[1], t),
				channel(from[2], to[2], t));
	}

	private static int channel(int from, int to, double t) {
		return (int) Math.round(from + (to - from) * t);
	}
}
