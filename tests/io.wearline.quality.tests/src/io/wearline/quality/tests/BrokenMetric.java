package io.wearline.quality.tests;

import io.wearline.data.Table;
import io.wearline.quality.MetricValue;
import io.wearline.quality.QualityMetric;
import io.wearline.quality.ScoringOptions;

/** A contributed metric that always fails, as a buggy third-party bundle would. */
public final class BrokenMetric implements QualityMetric {
	@Override
	public MetricValue compute(Table real, Table synthetic, ScoringOptions options) {
		throw new IllegalStateException("broken on purpose");
	}
}
