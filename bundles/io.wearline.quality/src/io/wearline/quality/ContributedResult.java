package io.wearline.quality;

import java.util.Map;

/**
 * The result of a metric contributed through the extension point {@code io.wearline.quality.metrics}.
 *
 * @param id the contribution's id
 * @param name the contribution's name, for people
 * @param contributor the bundle that contributes it
 * @param score the metric's score (NaN when it failed or has none)
 * @param figures further named figures the metric reported
 * @param summary the metric's one-sentence summary, or the error when it failed
 * @param failed whether the metric threw; the report then has a METRIC_FAILED note too
 */
public record ContributedResult(String id, String name, String contributor, double score, Map<String, Double> figures,
		String summary, boolean failed) {
	/** Copies the figures. */
	public ContributedResult {
		figures = Map.copyOf(figures);
	}
}
