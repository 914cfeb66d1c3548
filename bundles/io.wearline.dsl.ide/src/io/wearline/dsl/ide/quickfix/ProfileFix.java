package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.xtext.util.ReplaceRegion;

/**
 * One way to fix an issue: a label for the engineer to choose by, and the text edits that carry it out. The edits
 * are computed when asked for, since an editor lists many fixes and applies one.
 */
public final class ProfileFix {
	private final String label;
	private final Supplier<List<ReplaceRegion>> edits;

	ProfileFix(String label, Supplier<List<ReplaceRegion>> edits) {
		this.label = label;
		this.edits = edits;
	}

	/** What the fix does, e.g. {@code Change the unit to "°C"}. */
	public String label() {
		return label;
	}

	/**
	 * The replacements in the text the issue was found in, ordered by offset and not overlapping. Apply them from
	 * the last to the first, so that each offset still holds when its turn comes.
	 */
	public List<ReplaceRegion> edits() {
		List<ReplaceRegion> sorted = new ArrayList<>(edits.get());
		sorted.sort(Comparator.comparingInt(ReplaceRegion::getOffset));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).getOffset() < sorted.get(i - 1).getEndOffset()) {
				throw new IllegalStateException("Fix '" + label + "' has overlapping edits: " + sorted);
			}
		}
		return sorted;
	}

	/** The text with this fix applied; {@code text} must be the text the issue was found in. */
	public String applyTo(String text) {
		StringBuilder result = new StringBuilder(text);
		List<ReplaceRegion> regions = edits();
		for (int i = regions.size() - 1; i >= 0; i--) {
			regions.get(i).applyTo(result);
		}
		return result.toString();
	}

	@Override
	public String toString() {
		return label;
	}
}
