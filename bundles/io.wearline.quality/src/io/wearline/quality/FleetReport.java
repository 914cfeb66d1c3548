package io.wearline.quality;

import java.util.List;

/**
 * The validation of every machine of a workspace ({@link FleetValidation}), written as {@code fleet-report.json}
 * and {@code fleet-report.html} in the workspace.
 *
 * @param workspace the workspace folder, as the user named it
 * @param thresholds the thresholds every machine was checked against
 * @param strict whether machines without generated data count as failures
 * @param entries one entry per machine, sorted by id
 * @param seconds how long the validation took
 */
public record FleetReport(String workspace, QualityThresholds thresholds, boolean strict, List<FleetEntry> entries,
		double seconds) {

	/** Copies the list. */
	public FleetReport {
		entries = List.copyOf(entries);
	}

	/** Whether the entry counts as a failure of the fleet: failed, not scorable, or (strict) not generated. */
	public boolean fails(FleetEntry entry) {
		return switch (entry.status()) {
			case PASSED -> false;
			case FAILED, ERROR -> true;
			case NOT_GENERATED -> strict;
		};
	}

	/** Whether no machine fails. */
	public boolean passed() {
		return entries.stream().noneMatch(this::fails);
	}

	/** How many machines ended with this status. */
	public long count(FleetEntry.Status status) {
		return entries.stream().filter(e -> e.status() == status).count();
	}
}
