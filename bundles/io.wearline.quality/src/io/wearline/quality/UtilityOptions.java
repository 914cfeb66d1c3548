package io.wearline.quality;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link UtilityScoring} trains and tests.
 *
 * @param targets the columns to predict; a target missing from a table is skipped with a note
 * @param excluded columns never used as features: identifiers and the labels that would give the answer away
 *        (by default unit, health, rul, failed and failure_mode); every target is left out of the features too
 * @param unitColumn without a holdout, the real rows are split by this column's units (whole units go to the test
 *        side), so that no unit is on both sides; rows are split at random when the column is missing
 * @param testShare without a holdout, the share of real units (or rows) held out for testing
 * @param maxTrainingRows each model trains on at most this many rows (a random subsample, stated in the notes),
 *        which keeps utility within its time budget on large tables
 * @param maxTestRows both models are tested on at most this many held-out real rows (a random subsample, stated in
 *        the notes); predicting costs as much as training on large holdouts
 * @param trees the trees of each random forest
 * @param maxDepth the depth of each tree
 * @param seed the seed of the splits, the subsamples and the forests
 */
public record UtilityOptions(List<UtilityTarget> targets, Set<String> excluded, String unitColumn, double testShare,
		int maxTrainingRows, int maxTestRows, int trees, int maxDepth, long seed) {

	/** Copies the collections and checks the ranges. */
	public UtilityOptions {
		targets = List.copyOf(targets);
		excluded = Set.copyOf(excluded);
		Objects.requireNonNull(unitColumn, "unitColumn");
		if (!(testShare > 0 && testShare < 1) || maxTrainingRows < 10 || maxTestRows < 10 || trees < 1 || maxDepth < 1) {
			throw new IllegalArgumentException("the test share must be in (0, 1), and the training and test rows (at least 10 each),"
					+ " trees and depth positive");
		}
	}

	/**
	 * {@code rul} by regression and {@code failed} by classification (the columns of Wearline's seed data); 20% of
	 * the units held out; at most 5,000 training and 10,000 test rows; forests of 10 trees of depth 8; seed 0.
	 */
	public static UtilityOptions defaults() {
		return new UtilityOptions(
				List.of(new UtilityTarget("rul", UtilityResult.Task.REGRESSION),
						new UtilityTarget("failed", UtilityResult.Task.CLASSIFICATION)),
				Set.of("unit", "health", "rul", "failed", "failure_mode"), "unit", 0.2, 5_000, 10_000, 10, 8, 0);
	}

	/** These options with other targets. */
	public UtilityOptions withTargets(List<UtilityTarget> newTargets) {
		return new UtilityOptions(newTargets, excluded, unitColumn, testShare, maxTrainingRows, maxTestRows, trees,
				maxDepth, seed);
	}

	/** These options with another training row limit. */
	public UtilityOptions withMaxTrainingRows(int rows) {
		return new UtilityOptions(targets, excluded, unitColumn, testShare, rows, maxTestRows, trees, maxDepth, seed);
	}
}
