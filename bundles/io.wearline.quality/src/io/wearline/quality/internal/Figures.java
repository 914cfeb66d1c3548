package io.wearline.quality.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as reports write them for people: few significant digits, no exponent, a dash for NaN. */
public final class Figures {
	private Figures() {
	}

	/**
	 * A value with four significant digits, plain (1589, 0.002346, -12.5), or in scientific notation when it is
	 * tiny or huge (3.395e-13); "-" for NaN.
	 */
	public static String value(double value) {
		return value(value, 4);
	}

	/**
	 * Values written with the same, smallest number of significant digits (at least four) that tells apart those
	 * that differ, e.g. 2388.06 and 2388.1 rather than 2388 twice.
	 */
	public static String[] distinct(double... values) {
		String[] written = new String[values.length];
		for (int digits = 4; digits <= 12; digits++) {
			boolean apart = true;
			for (int i = 0; i < values.length; i++) {
				written[i] = value(values[i], digits);
				for (int j = 0; j < i && apart; j++) {
					apart = values[i] == values[j] || Double.isNaN(values[i]) || !written[i].equals(written[j]);
				}
			}
			if (apart) {
				break;
			}
		}
		return written;
	}

	private static String value(double value, int digits) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (magnitude < 1e-4 || magnitude >= 1e9) {
			String scientific = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
			int e = scientific.indexOf('e');
			String mantissa = scientific.substring(0, e);
			if (mantissa.contains(".")) {
				mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
			}
			return mantissa + "e" + Integer.parseInt(scientific.substring(e + 1));
		}
		String plain = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
		return plain.equals("-0") ? "0" : plain;
	}

	/** A score with three decimals; "-" for NaN. */
	public static String score(double score) {
		return Double.isNaN(score) ? "-" : String.format(Locale.ROOT, "%.3f", score);
	}

	/** A share as a percentage with one decimal (12.5%); "-" for NaN. */
	public static String percent(double share) {
		return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

	/** A figure with two decimals (0.82, -0.31); "-" for NaN. */
	public static String twoDecimals(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}
}
