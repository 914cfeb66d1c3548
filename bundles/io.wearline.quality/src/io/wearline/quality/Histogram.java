package io.wearline.quality;

import java.util.List;

/**
 * The distribution of one column in both tables, for charts: the shares of the non-missing values per bin (numbers:
 * the equal-width bins over both tables' range that the Jensen–Shannon divergence uses) or per label (categories
 * and flags, in the shared dictionary's order: real labels first). Each side's shares sum to 1, or are all 0 when
 * it has no values.
 *
 * @param edges the bin edges of a numeric column (one more than the shares), empty for categories
 * @param labels the labels of a categorical or boolean column, empty for numbers
 * @param real the real shares per bin or label
 * @param synthetic the synthetic shares per bin or label
 */
public record Histogram(List<Double> edges, List<String> labels, List<Double> real, List<Double> synthetic) {
	/** Copies the lists. */
	public Histogram {
		edges = List.copyOf(edges);
		labels = List.copyOf(labels);
		real = List.copyOf(real);
		synthetic = List.copyOf(synthetic);
	}

	/** No values in either table. */
	public static Histogram empty() {
		return new Histogram(List.of(), List.of(), List.of(), List.of());
	}
}
