package io.wearline.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One difference between two versions of a profile, element by element, in a reliability engineer's words.
 *
 * @param element the element that changed: {@code machine}, {@code sensor voltage}, {@code regime full_load},
 *        {@code degradation}, {@code life}, {@code failure mode stator_short}, {@code dataset}, {@code training}
 * @param change what changed: {@code added}, {@code removed}, or a field with its old and new value
 *        ({@code range 380–420 → 370–430})
 */
public record ProfileChange(String element, String change) {
	/** The change of a whole element that was added. */
	public static final String ADDED = "added";
	/** The change of a whole element that was removed. */
	public static final String REMOVED = "removed";

	/** {@code sensor voltage: range 380–420 → 370–430}, or {@code failure mode stator_short added}. */
	@Override
	public String toString() {
		return isWhole() ? element + " " + change : element + ": " + change;
	}

	private boolean isWhole() {
		return change.equals(ADDED) || change.equals(REMOVED);
	}

	/**
	 * The changes on one line, the changes of one element together:
	 * {@code sensor voltage: range 380–420 → 370–430, noise 0.5 → 0.8; failure mode stator_short added}.
	 */
	public static String summary(List<ProfileChange> changes) {
		List<String> parts = new ArrayList<>();
		String element = null;
		for (ProfileChange change : changes) {
			if (!change.isWhole() && change.element().equals(element)) {
				parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + change.change());
			} else {
				parts.add(change.toString());
			}
			element = change.isWhole() ? null : change.element();
		}
		return String.join("; ", parts);
	}
}
