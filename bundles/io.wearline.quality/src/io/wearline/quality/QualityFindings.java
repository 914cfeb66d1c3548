package io.wearline.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.wearline.quality.internal.ColumnFindings;
import io.wearline.quality.internal.PairFindings;

/**
 * The columns and pairs of a report, worst first, each with one sentence on what is off, derived from the figures
 * of the report alone: for a numeric column the largest of a shift of the mean (in real standard deviations), a
 * spread too narrow or too wide, a part of the real range left uncovered (which tail), values outside the real
 * range, a different share of missing values and a different shape; for a categorical column a category never
 * produced, categories the real data lacks or the category whose share is most off; for a pair its real and
 * synthetic correlation, or how much its joint frequencies differ.
 */
public final class QualityFindings {
	private static final Comparator<Finding> WORST_FIRST = Comparator
			.comparingDouble((Finding f) -> f.isScored() ? f.score() : Double.POSITIVE_INFINITY);

	private QualityFindings() {
	}

	/** Every column of the report, worst score first; columns without a score last, with the reason. */
	public static List<Finding> columns(QualityReport report) {
		List<Finding> findings = new ArrayList<>();
		for (ColumnResult column : report.columns()) {
			findings.add(ColumnFindings.of(column));
		}
		findings.sort(WORST_FIRST);
		return findings;
	}

	/** The scored pairs of the report, worst score first (pairs without a score are left out). */
	public static List<Finding> pairs(QualityReport report) {
		List<Finding> findings = new ArrayList<>();
		for (PairResult pair : report.pairs()) {
			if (!Double.isNaN(pair.score())) {
				findings.add(PairFindings.of(pair, report.options().coefficient()));
			}
		}
		findings.sort(WORST_FIRST);
		return findings;
	}
}
