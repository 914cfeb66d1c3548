package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wearline.data.internal.NumberSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts count as numbers when types are inferred and cells converted. */
class NumberSyntaxTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12|true|true", "-7|true|true", "+7|true|true", "007|true|true",
			"1.5|false|true", ".5|false|true", "5.|false|true", "1e3|false|true", "-2.5E-07|false|true",
			"NaN|false|true", "Infinity|false|true", "-Infinity|false|true", "-NaN|false|false", "1d|false|false",
			"0x10|false|false", "1e|false|false", "1e+|false|false", ".|false|false", "-|false|false",
			"1,5|false|false", "'1 2'|false|false", "e3|false|false", "Inf|false|false" })
	void integersAndDecimals(String text, boolean integer, boolean decimal) {
		assertEquals(integer, NumberSyntax.isInteger(text), "integer " + text);
		assertEquals(decimal, NumberSyntax.isDecimal(text), "decimal " + text);
	}
}
