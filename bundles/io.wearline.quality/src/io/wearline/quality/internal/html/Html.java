package io.wearline.quality.internal.html;

/**
 * A page being written: elements with escaped text and attributes, always closed, so that the result is
 * well-formed XML as well as HTML. Attributes are given as name, value pairs.
 */
public final class Html {
	private final StringBuilder text = new StringBuilder(64 * 1024);

	/** Text escaped for element content and attribute values: {@code & < > " '}. */
	public static String escape(String raw) {
		if (raw == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(raw.length() + 16);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// control characters are not allowed in XML 1.0 text
					if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
						escaped.append('?');
					} else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Opens an element. */
	public Html open(String tag, String... attributes) {
		text.append('<').append(tag);
		attributes(attributes);
		text.append('>');
		return this;
	}

	/** Closes an element. */
	public Html close(String tag) {
		text.append("</").append(tag).append('>');
		return this;
	}

	/** An element with escaped text content. */
	public Html element(String tag, String content, String... attributes) {
		return open(tag, attributes).text(content).close(tag);
	}

	/** An element without content, written self-closed ({@code <rect ... />}). */
	public Html empty(String tag, String... attributes) {
		text.append('<').append(tag);
		attributes(attributes);
		text.append("/>");
		return this;
	}

	/** Escaped text. */
	public Html text(String content) {
		text.append(escape(content));
		return this;
	}

	/** Markup that is well-formed already (a constant of this package, never data). */
	public Html markup(String wellFormed) {
		text.append(wellFormed);
		return this;
	}

	/** A line break in the source, for people reading it. */
	public Html newline() {
		text.append('\n');
		return this;
	}

	private void attributes(String[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] == null) {
				continue;
			}
			text.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
		}
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
