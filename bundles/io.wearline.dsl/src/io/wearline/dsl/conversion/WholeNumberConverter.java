package io.wearline.dsl.conversion;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the {@code Integer} and {@code Long} rules. The lexer reads every number alike, so a fraction such as
 * {@code 35000.5} reaches this converter, which says plainly that a whole number belongs here.
 *
 * @param <T> {@link Integer} or {@link Long}
 */
abstract class WholeNumberConverter<T extends Number> extends AbstractValueConverter<T> {
	private final BigInteger smallest;
	private final BigInteger largest;

	private WholeNumberConverter(long smallest, long largest) {
		this.smallest = BigInteger.valueOf(smallest);
		this.largest = BigInteger.valueOf(largest);
	}

	/** The converter of {@code Integer}: whole numbers that fit an {@code int}. */
	static WholeNumberConverter<Integer> forInt() {
		return new WholeNumberConverter<>(Integer.MIN_VALUE, Integer.MAX_VALUE) {
			@Override
			Integer narrow(BigInteger whole) {
				return whole.intValue();
			}
		};
	}

	/** The converter of {@code Long}: whole numbers that fit a {@code long}. */
	static WholeNumberConverter<Long> forLong() {
		return new WholeNumberConverter<>(Long.MIN_VALUE, Long.MAX_VALUE) {
			@Override
			Long narrow(BigInteger whole) {
				return whole.longValue();
			}
		};
	}

	abstract T narrow(BigInteger whole);

	@Override
	public T toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("A whole number is missing here; write one such as 100.", node, null);
		}
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(string);
		} catch (NumberFormatException e) {
			throw new ValueConverterException(string + " is not a number; write a whole number such as 100.", node,
					null);
		}
		BigInteger whole;
		try {
			whole = decimal.toBigIntegerExact();
		} catch (ArithmeticException e) {
			throw new ValueConverterException(string + " is not a whole number; write a whole number such as "
					+ decimal.toBigInteger() + ".", node, null);
		}
		if (whole.compareTo(smallest) < 0 || whole.compareTo(largest) > 0) {
			throw new ValueConverterException(string + " is out of range; write a whole number between " + smallest
					+ " and " + largest + ".", node, null);
		}
		return narrow(whole);
	}

	@Override
	public String toString(T value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A whole number is missing; the profile cannot be written without it.",
					null, null);
		}
		return value.toString();
	}
}
