package io.wearline.core.internal.store;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words a reliability engineer reads for a field of the profile model: {@code range} for a sensor's min and
 * max together, {@code validation rows} for {@code valRows}; other fields by their name split into words. Values are
 * written as the profile language writes them ({@code 380}, not {@code 380.0}).
 */
final class FieldWords {
	/**
	 * Two fields shown as one: a range, or a wear direction with its amount.
	 *
	 * @param first the field that comes first
	 * @param second the field shown with it
	 * @param words what the pair is called; empty when the element's name says it (a life's span)
	 * @param joint how the two values are joined ({@code –} for a range)
	 */
	record Pair(String first, String second, String words, String joint) {
		String render(String firstValue, String secondValue) {
			return firstValue + joint + secondValue;
		}
	}

	private static final Map<String, Pair> PAIRS = Map.of(
			"min", new Pair("min", "max", "range", "–"),
			"minLife", new Pair("minLife", "maxLife", "", "–"),
			"initialWearMin", new Pair("initialWearMin", "initialWearMax", "initial wear", "–"),
			"wearDirection", new Pair("wearDirection", "wearSensitivity", "wear", " by "));

	private static final Map<String, String> WORDS = Map.of(
			"valRows", "validation rows",
			"embeddingDim", "embedding",
			"compressDims", "compress",
			"decompressDims", "decompress",
			"samplingInterval", "sampled every",
			"timeUnit", "unit",
			"adjustments", "adjustments",
			"overrides", "settings",
			"parameters", "parameters");

	private FieldWords() {
	}

	/** The pair a field belongs to, or null. */
	static Pair pairOf(EStructuralFeature feature) {
		for (Pair pair : PAIRS.values()) {
			if (pair.first().equals(feature.getName()) || pair.second().equals(feature.getName())) {
				return pair;
			}
		}
		return null;
	}

	/** A field's words: {@code failureThreshold} → {@code failure threshold}. */
	static String of(EStructuralFeature feature) {
		String name = feature.getName();
		return WORDS.getOrDefault(name, name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
	}

	/** A single value as the profile language writes it; {@code none} for a value left unset. */
	static String scalar(Object value) {
		if (value == null) {
			return "none";
		}
		if (value instanceof Double number) {
			return number.isNaN() || number.isInfinite() ? number.toString()
					: BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof String text) {
			return "\"" + text + "\"";
		}
		return value.toString();
	}
}
