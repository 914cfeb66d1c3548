package io.wearline.core;

import java.util.List;

import io.wearline.core.internal.store.ElementComparison;
import io.wearline.core.internal.store.ProfileText;
import io.wearline.core.internal.store.TextDiff;

/**
 * What differs between two profile texts, as {@code wearline diff} shows it: element by element in a reliability
 * engineer's words, then line by line as a unified diff.
 *
 * @param changes the element-by-element changes; empty when either text does not parse or only layout differs
 * @param summary the changes on one line, or what else is to be said ({@code layout or comments changed})
 * @param textDiff the unified diff of the texts; empty when they are equal
 */
public record ProfileComparison(List<ProfileChange> changes, String summary, String textDiff) {

	/**
	 * Compares two texts of the profile language.
	 *
	 * @param oldName how the unified diff names the older text ({@code m1 version 3})
	 * @param newName how it names the newer
	 */
	public static ProfileComparison of(String oldText, String newText, String oldName, String newName) {
		var old = ProfileText.parse(oldText);
		var now = ProfileText.parse(newText);
		List<ProfileChange> changes = old.isPresent() && now.isPresent()
				? ElementComparison.between(old.get(), now.get())
				: List.of();
		return new ProfileComparison(changes, ProfileText.summary(oldText, newText),
				TextDiff.unified(oldText, newText, oldName, newName));
	}
}
