package io.wearline.quality;

import io.wearline.data.Table;

/**
 * Real rows a synthesizer never saw, for privacy's DCR comparison and utility's tests, and where they come from.
 * The caller makes them: for a machine trained on simulated seed data, a fresh simulation of its profile
 * ({@code io.wearline.sim.FreshRows}); for real data, rows kept back.
 *
 * @param table the rows, or null when there are none
 * @param description where the rows come from, or why there are none, for the report's sources
 */
public record Holdout(Table table, String description) {

	/** No holdout, and why. */
	public static Holdout none(String why) {
		return new Holdout(null, "none: " + why);
	}
}
