package io.wearline.quality;

import java.util.Objects;

/**
 * A column that utility models predict.
 *
 * @param column the column's name
 * @param task regression (a numeric column) or classification (a BOOLEAN or CATEGORICAL column)
 */
public record UtilityTarget(String column, UtilityResult.Task task) {
	/** Checks that both parts are there. */
	public UtilityTarget {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(task, "task");
	}
}
