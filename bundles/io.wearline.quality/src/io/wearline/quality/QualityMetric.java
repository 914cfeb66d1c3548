package io.wearline.quality;

import io.wearline.data.Table;

/**
 * A metric that another bundle adds to every quality report through the extension point
 * {@code io.wearline.quality.metrics} (schema {@code schema/metrics.exsd}). The contribution gives the metric's id
 * and name in {@code plugin.xml}; the class is created once per report. Implementations need a public constructor
 * without arguments; they must not change the tables and should finish in about a second on 50,000 rows, since
 * every report runs them.
 */
public interface QualityMetric {
	/**
	 * Measures the synthetic table against the real one.
	 *
	 * @param real the real table
	 * @param synthetic the synthetic table; its schema may differ from the real one (see the report's notes)
	 * @param options the options of the report
	 * @return the score and figures
	 * @throws RuntimeException when the metric cannot be computed; the report then shows the metric as failed with
	 *         the exception's message, and the other metrics are unaffected
	 */
	MetricValue compute(Table real, Table synthetic, ScoringOptions options);
}
