package io.wearline.core.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * The known word a mistyped one most likely meant, by edit distance: {@code nominal} for {@code nominl}. Used for
 * the "did you mean" of unknown fields, values and sheets.
 */
public final class NearestWord {

	private NearestWord() {
	}

	/**
	 * The candidate closest to {@code typed}, or {@code null} when none is close enough to be a typo: at most two
	 * edits, or a third of the longer word for long words.
	 */
	public static String of(String typed, Collection<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(typed, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (best == null) {
			return null;
		}
		int allowed = Math.max(2, Math.max(typed.length(), best.length()) / 3);
		return bestDistance <= allowed ? best : null;
	}

	/** {@code ; did you mean 'nominal'?}, or nothing when no candidate is close. */
	public static String suggestion(String typed, Collection<String> candidates) {
		String nearest = of(typed, candidates);
		return nearest == null ? "" : "; did you mean '" + nearest + "'?";
	}

	/** Levenshtein distance, ignoring case: {@code Nominal} is the field {@code nominal} mistyped in case only. */
	static int distance(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[y.length() + 1];
		int[] current = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int replace = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] row = previous;
			previous = current;
			current = row;
		}
		return previous[y.length()];
	}
}
