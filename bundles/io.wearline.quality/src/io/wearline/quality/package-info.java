/**
 * How close synthetic data is to real data: per-column and pairwise fidelity scored the way SDMetrics scores
 * them, utility (train on synthetic, test on real), privacy (distance to the closest real record) and sequence
 * fidelity for run-to-failure tables, gathered in a quality report written as JSON and HTML.
 */
package io.wearline.quality;
