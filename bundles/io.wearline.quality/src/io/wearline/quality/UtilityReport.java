package io.wearline.quality;

import java.util.List;

/**
 * Machine-learning utility: for each target, a model trained on synthetic rows and one trained on real rows, both
 * tested on the same held-out real rows.
 *
 * @param results one result per target
 * @param notes how the rows were split and subsampled, targets that were skipped and why
 * @param seconds how long the training and testing took
 */
public record UtilityReport(List<UtilityResult> results, List<Note> notes, double seconds) {
	/** Copies the lists. */
	public UtilityReport {
		results = List.copyOf(results);
		notes = List.copyOf(notes);
	}
}
