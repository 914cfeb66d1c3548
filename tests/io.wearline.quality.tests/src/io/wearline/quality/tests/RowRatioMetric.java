package io.wearline.quality.tests;

import java.util.Map;

import io.wearline.data.Table;
import io.wearline.quality.MetricValue;
import io.wearline.quality.QualityMetric;
import io.wearline.quality.ScoringOptions;

/** A contributed metric: synthetic rows over real rows, capped at 1. */
public final class RowRatioMetric implements QualityMetric {
	@Override
	public MetricValue compute(Table real, Table synthetic, ScoringOptions options) {
		double ratio = (double) synthetic.rowCount() / real.rowCount();
		return new MetricValue(Math.min(1, ratio), Map.of("syntheticRows", (double) synthetic.rowCount()),
				"the synthetic table has " + synthetic.rowCount() + " rows for " + real.rowCount() + " real ones");
	}
}
