package io.wearline.quality;

import java.util.Map;

/**
 * What a {@link QualityMetric} found.
 *
 * @param score the metric's score, by convention in [0, 1] with 1 the best; NaN when it has none
 * @param figures further named figures (not NaN-checked; NaN is written as null)
 * @param summary one sentence for people on what the score means for this data
 */
public record MetricValue(double score, Map<String, Double> figures, String summary) {
	/** Copies the figures; a null summary becomes empty. */
	public MetricValue {
		figures = Map.copyOf(figures);
		summary = summary == null ? "" : summary;
	}

	/** A score alone. */
	public static MetricValue of(double score, String summary) {
		return new MetricValue(score, Map.of(), summary);
	}
}
