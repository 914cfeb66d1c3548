package io.wearline.dsl;

import java.util.Collection;

/**
 * Finds the name a mistyped one most likely meant, by edit distance: the "did you mean" of the validator
 * ({@code UNKNOWN_SENSOR}, {@code UNKNOWN_PARAMETER}, unknown laws) and of the JSON, YAML and XLSX readers
 * (unknown fields, values and sheets).
 */
public final class NearestName {

	private NearestName() {
	}

	/**
	 * The candidate closest to {@code wrong}, or {@code null} when none is close enough to be a likely typo
	 * (more edits than half the length of the longer name, and more than two).
	 */
	public static String of(String wrong, Collection<String> candidates) {
		if (wrong == null) {
			return null;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(wrong, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (best == null) {
			return null;
		}
		int allowed = Math.max(2, Math.max(wrong.length(), best.length()) / 2);
		return bestDistance <= allowed ? best : null;
	}

	/** {@code ; did you mean 'nominal'?}, or nothing when no candidate is close. */
	public static String suggestion(String wrong, Collection<String> candidates) {
		String nearest = of(wrong, candidates);
		return nearest == null ? "" : "; did you mean '" + nearest + "'?";
	}

	/** Levenshtein distance, case-insensitive so that {@code Speed} finds {@code speed} first. */
	static int distance(String a, String b) {
		String x = a.toLowerCase(java.util.Locale.ROOT);
		String y = b.toLowerCase(java.util.Locale.ROOT);
		int[] previous = new int[y.length() + 1];
		int[] current = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length()];
	}
}
