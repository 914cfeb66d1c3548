package io.wearline.quality;

import java.util.List;

/**
 * One machine of a {@link FleetReport}.
 *
 * @param machine the machine's id
 * @param status how its validation ended
 * @param scores its headline scores; null unless it was scored
 * @param failures the checks it failed (empty unless {@link Status#FAILED})
 * @param message for a machine not scored, why (no generated data, an unreadable file), else empty
 * @param report the HTML report's path relative to the workspace ({@code <id>/reports/quality.html}), or null
 */
public record FleetEntry(String machine, Status status, QualityScores scores, List<QualityVerdict.Check> failures,
		String message, String report) {

	/** Copies the list; a null message becomes empty. */
	public FleetEntry {
		failures = List.copyOf(failures);
		message = message == null ? "" : message;
	}

	/** How a machine's validation ended. */
	public enum Status {
		/** Scored, and every threshold met. */
		PASSED,
		/** Scored, and a threshold not met. */
		FAILED,
		/** No generated data ({@code data/train.parquet}): not scored; a failure only in strict mode. */
		NOT_GENERATED,
		/** Could not be scored (no seed data, an unreadable file): always a failure. */
		ERROR
	}
}
