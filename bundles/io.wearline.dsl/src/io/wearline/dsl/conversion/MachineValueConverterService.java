package io.wearline.dsl.conversion;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The value converters of the profile language. The terminal rules {@code ID} and {@code STRING} are the
 * grammar's own, but they carry the names the inherited {@link DefaultTerminalConverters} look for, so quoting,
 * escapes and {@code ^} keep working; this class adds the datatype rules.
 */
public class MachineValueConverterService extends DefaultTerminalConverters {
	private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	private final RealConverter real = new RealConverter();
	private final WholeNumberConverter<Integer> integer = WholeNumberConverter.forInt();
	private final WholeNumberConverter<Long> whole = WholeNumberConverter.forLong();

	/** Signed decimals with an optional exponent, written in their shortest exact form. */
	@ValueConverter(rule = "Real")
	public IValueConverter<Double> Real() {
		return real;
	}

	/** Whole numbers in the range of an {@code int}. */
	@ValueConverter(rule = "Integer")
	public IValueConverter<Integer> Integer() {
		return integer;
	}

	/** Whole numbers in the range of a {@code long} (seeds). */
	@ValueConverter(rule = "Long")
	public IValueConverter<Long> Long() {
		return whole;
	}

	/** Ids, which may reuse some words of the language and escape the others with {@code ^}. */
	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return new ValidIdConverter(reservedWords(getGrammar()));
	}

	private static Set<String> reservedWords(Grammar grammar) {
		Set<String> reserved = new HashSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar)) {
			if (WORD.matcher(keyword).matches()) {
				reserved.add(keyword);
			}
		}
		AbstractRule validId = GrammarUtil.findRuleForName(grammar, "ValidID");
		for (Keyword allowed : EcoreUtil2.getAllContentsOfType(validId, Keyword.class)) {
			reserved.remove(allowed.getValue());
		}
		return reserved;
	}
}
