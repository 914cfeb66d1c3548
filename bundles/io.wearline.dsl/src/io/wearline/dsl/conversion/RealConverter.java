package io.wearline.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the {@code Real} rule: a signed decimal with an optional exponent. Numbers too large for a double are
 * refused with a message rather than turned into infinity, and numbers are written by {@link NumberText}.
 */
class RealConverter extends AbstractValueConverter<Double> {

	@Override
	public Double toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("A number is missing here; write one such as 1.5.", node, null);
		}
		double value;
		try {
			value = Double.parseDouble(string);
		} catch (NumberFormatException e) {
			throw new ValueConverterException(string + " is not a number; write one such as 1.5 or -2e-3.", node, null);
		}
		if (Double.isInfinite(value)) {
			throw new ValueConverterException(string + " is too large to hold; write a number below 1.7e308.", node,
					null);
		}
		return value;
	}

	@Override
	public String toString(Double value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A number is missing; the profile cannot be written without it.",
					null, null);
		}
		if (!Double.isFinite(value)) {
			throw new ValueConverterException(
					value + " cannot be written in a profile; replace it by a finite number.", null, null);
		}
		return NumberText.of(value);
	}
}
