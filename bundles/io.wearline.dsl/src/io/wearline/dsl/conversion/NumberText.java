package io.wearline.dsl.conversion;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes numbers the way an engineer writes them: {@code 1480}, not {@code 1480.0}; {@code 0.00001}, not
 * {@code 1.0E-5}. The text is the shortest decimal that reads back as exactly the same {@code double}, so a
 * profile written and read again is equal to the original.
 */
public final class NumberText {
	/** Below this decimal exponent, and from the upper one on, plain notation would be longer than scientific. */
	private static final int SMALLEST_PLAIN_EXPONENT = -7;
	private static final int LARGEST_PLAIN_EXPONENT = 20;

	private NumberText() {
	}

	/**
	 * The shortest text that reads back as exactly {@code value}: whole numbers without a fraction, plain
	 * decimals from 1e-7 to 1e21, scientific notation ({@code 1.5e-12}) beyond.
	 *
	 * @throws IllegalArgumentException if the value is NaN or infinite, which the profile language cannot hold
	 */
	public static String of(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(value + " is not a finite number");
		}
		if (value == 0) {
			// keeps the sign of -0.0 so that the text reads back as the same double
			return 1 / value < 0 ? "-0" : "0";
		}
		// Since Java 19, Double.toString gives the shortest decimal that reads back as the same double.
		BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
		int exponent = decimal.precision() - decimal.scale() - 1;
		if (exponent >= SMALLEST_PLAIN_EXPONENT && exponent <= LARGEST_PLAIN_EXPONENT) {
			return decimal.toPlainString();
		}
		return scientific(decimal, exponent);
	}

	/** The value rounded to six significant digits, for messages where a long fraction would distract. */
	public static String approximately(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return of(new BigDecimal(value).round(new MathContext(6)).doubleValue());
	}

	private static String scientific(BigDecimal decimal, int exponent) {
		String digits = decimal.unscaledValue().abs().toString();
		StringBuilder text = new StringBuilder();
		if (decimal.signum() < 0) {
			text.append('-');
		}
		text.append(digits.charAt(0));
		if (digits.length() > 1) {
			text.append('.').append(digits, 1, digits.length());
		}
		return text.append('e').append(exponent).toString();
	}
}
