/**
 * How close synthetic data is to real data: per-column and pairwise fidelity scored the way SDMetrics scores
 * them, utility (train on synthetic, test on real), privacy (distance to the closest real record) and sequence
 * fidelity for run-to-failure tables, gathered in a quality report written as JSON ({@link
 * io.wearline.quality.QualityReportJson}) and as one self-contained HTML page ({@link
 * io.wearline.quality.QualityReportHtml}), with worst-first findings ({@link io.wearline.quality.QualityFindings})
 * and a verdict against thresholds ({@link io.wearline.quality.QualityThresholds}). {@link
 * io.wearline.quality.MachineScoring} scores a workspace machine's generated data and {@link
 * io.wearline.quality.FleetValidation} every machine of a workspace, with a fleet report in JSON and HTML.
 */
package io.wearline.quality;
