package io.wearline.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import io.wearline.core.FormatCodes;
import io.wearline.dsl.NearestName;

/**
 * Converts a value of a file into the type of a profile field, or says why it cannot: the same rules for JSON,
 * YAML and XLSX. Numbers written as text ({@code "12"}, a text cell) are accepted, as spreadsheets and YAML make
 * them easily; whole-number fields accept {@code 300.0}, which is how a spreadsheet stores 300.
 */
public final class ScalarConversion {
	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
	private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

	/** A converted value, or the reason why there is none. */
	public sealed interface Result {
	}

	/** The value in the field's type. */
	public record Converted(Object value) implements Result {
	}

	/**
	 * A value refused.
	 *
	 * @param code {@link FormatCodes#WRONG_TYPE} or {@link FormatCodes#UNKNOWN_VALUE}
	 * @param expected what the field takes, e.g. {@code a number}
	 * @param hint what to write instead, beginning with {@code ; }, or empty
	 */
	public record Refused(String code, String expected, String hint) implements Result {

		/** {@code expected a number for 'min' in sensor 'speed', found "abc"}, or the message of an unknown name. */
		public String message(String field, String where, Scalar found) {
			if (FormatCodes.UNKNOWN_VALUE.equals(code)) {
				return "unknown " + field + " " + found.shown() + " in " + where + hint;
			}
			return "expected " + expected + " for '" + field + "' in " + where + ", found " + found.shown() + hint;
		}
	}

	private ScalarConversion() {
	}

	/** What a field of this type takes, for messages: {@code a number}, {@code one of cycles, hours}. */
	public static String expected(EAttribute attribute) {
		EClassifier type = attribute.getEAttributeType();
		if (type instanceof EEnum eEnum) {
			return "one of " + String.join(", ", literals(eEnum));
		}
		Class<?> c = type.getInstanceClass();
		if (c == double.class || c == Double.class) {
			return "a number";
		}
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
			return "a whole number";
		}
		if (c == boolean.class || c == Boolean.class) {
			return "true or false";
		}
		return "text";
	}

	/** Converts a value to the type of an attribute (of a list attribute: of one item). */
	public static Result convert(EAttribute attribute, Scalar value) {
		EClassifier type = attribute.getEAttributeType();
		if (type instanceof EEnum eEnum) {
			return literal(eEnum, value);
		}
		Class<?> c = type.getInstanceClass();
		if (c == double.class || c == Double.class) {
			return decimal(attribute, value);
		}
		if (c == int.class || c == Integer.class) {
			return whole(attribute, value, Integer.MIN_VALUE, Integer.MAX_VALUE, false);
		}
		if (c == long.class || c == Long.class) {
			return whole(attribute, value, Long.MIN_VALUE, Long.MAX_VALUE, true);
		}
		if (c == boolean.class || c == Boolean.class) {
			return bool(attribute, value);
		}
		return new Converted(value.text());
	}

	private static Result decimal(EAttribute attribute, Scalar value) {
		String text = value.text().strip();
		if (DECIMAL.matcher(text).matches()) {
			// parsing the text keeps what a Number may have lost: -0 stays negative, 0.1 stays 0.1
			return new Converted(Double.parseDouble(text));
		}
		if (value.kind() == Scalar.Kind.NUMBER && value.number() != null) {
			return new Converted(value.number().doubleValue());
		}
		return new Refused(FormatCodes.WRONG_TYPE, expected(attribute), "");
	}

	private static Result whole(EAttribute attribute, Scalar value, long min, long max, boolean isLong) {
		BigDecimal decimal = wholeOrNull(value);
		Refused refused = new Refused(FormatCodes.WRONG_TYPE, expected(attribute), "");
		if (decimal == null) {
			return refused;
		}
		BigInteger whole;
		try {
			whole = decimal.toBigIntegerExact();
		} catch (ArithmeticException e) {
			return refused;
		}
		if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
			return new Refused(FormatCodes.WRONG_TYPE, "a whole number from " + min + " to " + max, "");
		}
		return new Converted(isLong ? (Object) whole.longValue() : (Object) whole.intValue());
	}

	private static BigDecimal wholeOrNull(Scalar value) {
		String text = value.text().strip();
		if (WHOLE.matcher(text).matches() || DECIMAL.matcher(text).matches()) {
			return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
		}
		if (value.kind() == Scalar.Kind.NUMBER && value.number() != null) {
			double d = value.number().doubleValue();
			return Double.isFinite(d) ? new BigDecimal(d) : null;
		}
		return null;
	}

	private static Result bool(EAttribute attribute, Scalar value) {
		String text = value.text().strip().toLowerCase(Locale.ROOT);
		if (value.kind() != Scalar.Kind.NUMBER && (text.equals("true") || text.equals("false"))) {
			return new Converted(Boolean.valueOf(text));
		}
		return new Refused(FormatCodes.WRONG_TYPE, expected(attribute), "");
	}

	private static Result literal(EEnum eEnum, Scalar value) {
		String text = value.text().strip();
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(text)) {
				return new Converted(literal.getInstance());
			}
		}
		List<String> names = literals(eEnum);
		String nearest = NearestName.of(text, names);
		String hint = (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " (one of "
				+ String.join(", ", names) + ")";
		return new Refused(FormatCodes.UNKNOWN_VALUE, "one of " + String.join(", ", names), hint);
	}

	private static List<String> literals(EEnum eEnum) {
		return eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
	}
}
