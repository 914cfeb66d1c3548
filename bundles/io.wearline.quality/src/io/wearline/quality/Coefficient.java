package io.wearline.quality;

/** The correlation coefficient of {@code CorrelationSimilarity}, as SDMetrics names them. */
public enum Coefficient {
	/** Pearson's product-moment correlation, SDMetrics' default. */
	PEARSON,
	/** Spearman's rank correlation (Pearson's on average ranks). */
	SPEARMAN
}
