package io.wearline.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the {@code ValidID} rule. Reading drops the {@code ^} that escapes a word of the language used as an
 * id ({@code ^unit}); writing adds it where the word would otherwise read as a keyword. Whether an id is a good
 * id ({@code [a-z][a-z0-9_]*}) is the validator's question, not this one's: this converter only refuses what
 * cannot be written as an identifier at all.
 */
class ValidIdConverter extends AbstractValueConverter<String> {
	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	/** The words of the language that {@code ValidID} does not accept as they are. */
	private final Set<String> reservedWords;

	ValidIdConverter(Set<String> reservedWords) {
		this.reservedWords = Set.copyOf(reservedWords);
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string != null && string.startsWith("^")) {
			return string.substring(1);
		}
		return string;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || !IDENTIFIER.matcher(value).matches()) {
			throw new ValueConverterException("'" + value + "' cannot be written as an id; an id starts with a letter"
					+ " and holds only letters, digits and _, e.g. 'bearing_temp'.", null, null);
		}
		return reservedWords.contains(value) ? "^" + value : value;
	}
}
