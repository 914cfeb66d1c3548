package io.wearline.quality.internal;

import java.util.List;

import io.wearline.quality.ColumnResult;
import io.wearline.quality.PairResult;
import io.wearline.quality.PropertyScores;

/**
 * The property scores as SDMetrics averages them: pandas' {@code mean()} of the defined scores (NaN skipped), the
 * pair scores filtered by "Meets Threshold?"; the overall score is {@code np.nanmean} of the properties.
 */
public final class PropertyAverages {
	private PropertyAverages() {
	}

	/** Column Shapes and Column Pair Trends (under the thresholds and over every pair). */
	public static PropertyScores of(List<ColumnResult> columns, List<PairResult> pairs) {
		double shapes = 0;
		int scoredColumns = 0;
		for (ColumnResult column : columns) {
			if (column.isScored()) {
				shapes += column.score();
				scoredColumns++;
			}
		}
		double meeting = 0;
		int meetingCount = 0;
		double all = 0;
		int allCount = 0;
		for (PairResult pair : pairs) {
			if (pair.meetsThreshold()) {
				meeting += pair.score();
				meetingCount++;
			}
			if (pair.countsInAllPairs()) {
				all += pair.score();
				allCount++;
			}
		}
		return new PropertyScores(mean(shapes, scoredColumns), mean(meeting, meetingCount), mean(all, allCount),
				scoredColumns, meetingCount, allCount, pairs.size());
	}

	private static double mean(double sum, int count) {
		return count == 0 ? Double.NaN : sum / count;
	}

	/** The mean of the values that are not NaN; NaN when all are. */
	public static double nanMean(double... values) {
		double sum = 0;
		int count = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				sum += value;
				count++;
			}
		}
		return mean(sum, count);
	}
}
