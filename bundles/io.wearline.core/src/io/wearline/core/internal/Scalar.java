package io.wearline.core.internal;

/**
 * One value as a file holds it, before it is converted to a field's type: text, a number, true or false. JSON,
 * YAML and spreadsheet cells all come down to these, so all formats convert (and refuse) values alike.
 *
 * @param kind what the file holds
 * @param text the value as written in the file ({@code 1480}, {@code abc}, {@code true})
 * @param number the number, for {@link Kind#NUMBER}; otherwise {@code null}
 */
public record Scalar(Kind kind, String text, Number number) {

	/** What a file holds. */
	public enum Kind {
		TEXT, NUMBER, BOOLEAN
	}

	public static Scalar text(String text) {
		return new Scalar(Kind.TEXT, text, null);
	}

	public static Scalar number(String text, Number number) {
		return new Scalar(Kind.NUMBER, text, number);
	}

	public static Scalar bool(boolean value) {
		return new Scalar(Kind.BOOLEAN, Boolean.toString(value), null);
	}

	/** The value as messages show it: text in quotes (cut when long), numbers and booleans as they are. */
	public String shown() {
		if (kind != Kind.TEXT) {
			return text;
		}
		String cut = text.length() > 40 ? text.substring(0, 37) + "..." : text;
		return "\"" + cut + "\"";
	}
}
