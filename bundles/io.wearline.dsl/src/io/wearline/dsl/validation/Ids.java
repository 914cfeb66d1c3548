package io.wearline.dsl.validation;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a good id is, and how to turn a bad or taken one into a good, free one (the data of {@code INVALID_ID}
 * and {@code DUPLICATE_ID}, which quick fixes apply as they are). Machine ids name folders, so the machine store
 * and the command line hold them to the same {@link #PATTERN}.
 */
public final class Ids {
	/** Every id of a profile (machine, sensor, failure mode, regime, parameter, law) matches this. */
	public static final String PATTERN = "[a-z][a-z0-9_]{0,63}";
	static final int MAX_LENGTH = 64;
	private static final Pattern VALID = Pattern.compile(PATTERN);
	private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_]+");
	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

	private Ids() {
	}

	/** Whether an id matches {@link #PATTERN}; no id that does can hold a path character. */
	public static boolean isValid(String id) {
		return id != null && VALID.matcher(id).matches();
	}

	/**
	 * The nearest valid id: accents dropped, lower case, runs of other characters replaced by {@code _}, a
	 * {@code prefix} put in front when it would start with a digit, cut to 64 characters.
	 */
	static String corrected(String id, String prefix) {
		String decomposed = Normalizer.normalize(id == null ? "" : id, Normalizer.Form.NFD);
		String plain = DIACRITICS.matcher(decomposed).replaceAll("");
		String result = NOT_ALLOWED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
		result = trimUnderscores(result);
		if (result.isEmpty() || result.charAt(0) < 'a') {
			result = result.isEmpty() ? prefix : prefix + "_" + result;
		}
		return result.length() > MAX_LENGTH ? trimUnderscores(result.substring(0, MAX_LENGTH)) : result;
	}

	/** {@code base_2}, {@code base_3}, ... : the first that none of {@code taken} holds. */
	static String free(String base, Collection<String> taken) {
		for (int n = 2;; n++) {
			String suffix = "_" + n;
			String stem = base.length() + suffix.length() > MAX_LENGTH
					? base.substring(0, MAX_LENGTH - suffix.length())
					: base;
			String candidate = stem + suffix;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static String trimUnderscores(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '_') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '_') {
			end--;
		}
		return text.substring(start, end);
	}
}
