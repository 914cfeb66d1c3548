package io.wearline.quality;

/**
 * How close the synthetic rows come to the real rows they were made from. The distance to the closest record
 * (DCR) follows SDMetrics' {@code DCROverfittingProtection}: per column, numbers differ by |a - b| divided by the
 * reference table's range (capped at 1; 0 or 1 for a constant reference column), categories and flags by 0 or 1,
 * a value against a missing one by 1, two missing by 0; a row's distance is the mean over the columns and its DCR
 * the smallest distance to any reference row. The score is {@code min(2 (1 - closerToTraining), 1)}: 1 when
 * synthetic rows are no closer to the training rows than to unseen real rows, 0 when every one is.
 *
 * @param score SDMetrics' DCROverfittingProtection score; NaN without a holdout
 * @param closerToTraining the share of synthetic rows whose DCR to the training rows is smaller than to the holdout
 * @param closerToHoldout 1 minus that
 * @param medianDcrTraining the median DCR of the synthetic rows to the training rows
 * @param medianDcrHoldout the median DCR of the synthetic rows to the holdout rows (NaN without one)
 * @param exactCopies the share of all synthetic rows equal to a real training row in every scored column
 * @param syntheticRows the synthetic rows the DCR was measured on (after subsampling)
 * @param trainingRows the real training rows the DCR was measured against
 * @param holdoutRows the holdout rows the DCR was measured against (0 without one)
 * @param columns the columns compared
 */
public record PrivacyResult(double score, double closerToTraining, double closerToHoldout, double medianDcrTraining,
		double medianDcrHoldout, double exactCopies, int syntheticRows, int trainingRows, int holdoutRows,
		int columns) {

	/** A result with nothing measured (no rows or no columns). */
	public static PrivacyResult none() {
		double nan = Double.NaN;
		return new PrivacyResult(nan, nan, nan, nan, nan, nan, 0, 0, 0, 0);
	}
}
