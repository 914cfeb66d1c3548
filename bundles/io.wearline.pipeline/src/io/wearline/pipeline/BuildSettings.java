package io.wearline.pipeline;

import java.util.Optional;

import io.wearline.quality.QualityThresholds;

/**
 * The settings of a build, the same for every machine of a fleet; what is empty comes from each profile.
 *
 * @param epochs training epochs
 * @param rows seed rows
 * @param seed the seed of every step
 * @param score whether to score the generated data
 * @param thresholds the quality thresholds the score is checked against
 */
public record BuildSettings(Optional<Integer> epochs, Optional<Long> rows, Optional<Long> seed, boolean score,
		QualityThresholds thresholds) {

	/** Each profile's own settings, scored against the default thresholds. */
	public static BuildSettings defaults() {
		return new BuildSettings(Optional.empty(), Optional.empty(), Optional.empty(), true,
				QualityThresholds.defaults());
	}
}
