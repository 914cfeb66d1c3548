package io.wearline.dsl.validation;

import org.eclipse.emf.ecore.EAttribute;

import io.wearline.model.DatasetSpec;
import io.wearline.model.MachineProfile;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.WearlinePackage.Literals;

/**
 * How big a profile may make things: at least one sensor and at most the sensor limit, and dataset sizes that
 * are possible (train at least 1, none negative) and within the row limit. The limits are
 * {@link ValidationLimits}, configurable because a larger workstation can do more.
 */
final class SizeRules {
	private final IssueReport report;

	SizeRules(IssueReport report) {
		this.report = report;
	}

	void checkSensorCount(MachineProfile profile, ValidationLimits limits) {
		int count = profile.getSensors().size();
		if (count == 0) {
			report.error(profile, Literals.MACHINE_PROFILE__ID, IssueCodes.NO_SENSORS, ElementNames.of(profile)
					+ " has no sensors; add at least one sensor block, e.g. sensor speed { kind speed unit \"rpm\""
					+ " range 0 to 3000 nominal 1480 }.");
		} else if (count > limits.maxSensors()) {
			report.error(profile.getSensors().get(limits.maxSensors()), Literals.SENSOR__ID,
					IssueCodes.TOO_MANY_SENSORS,
					ElementNames.of(profile) + " has " + count + " sensors, more than the limit of "
							+ limits.maxSensors() + "; remove " + (count - limits.maxSensors())
							+ " or raise the limit with the system property " + ValidationLimits.MAX_SENSORS_PROPERTY
							+ ".",
					Integer.toString(limits.maxSensors()));
		}
	}

	void check(DatasetSpec dataset, ValidationLimits limits) {
		boolean sizesOk = true;
		if (dataset.getTrainRows() < 1) {
			report.error(dataset, Literals.DATASET_SPEC__TRAIN_ROWS, IssueCodes.DATASET_SIZE, "Dataset: train "
					+ dataset.getTrainRows() + " rows; the training set needs at least 1 row, e.g. 35000.", "35000");
			sizesOk = false;
		}
		sizesOk &= notNegative(dataset, dataset.getValRows(), "validation", Literals.DATASET_SPEC__VAL_ROWS);
		sizesOk &= notNegative(dataset, dataset.getTestRows(), "test", Literals.DATASET_SPEC__TEST_ROWS);
		long total = (long) dataset.getTrainRows() + dataset.getValRows() + dataset.getTestRows();
		if (sizesOk && total > limits.maxRows()) {
			report.error(dataset, Literals.DATASET_SPEC__TRAIN_ROWS, IssueCodes.DATASET_SIZE,
					"Dataset: " + total + " rows in all (train " + dataset.getTrainRows() + ", validation "
							+ dataset.getValRows() + ", test " + dataset.getTestRows() + ") exceed the limit of "
							+ limits.maxRows() + "; lower them or raise the limit with the system property "
							+ ValidationLimits.MAX_ROWS_PROPERTY + ".",
					Long.toString(limits.maxRows()));
		}
	}

	/**
	 * A unit's seed data holds a row per cycle (or hour) of its life, so a life beyond the row limit is a seed that
	 * cannot fit: the simulation would run out of memory on the first unit instead of saying so.
	 */
	void check(RemainingUsefulLife life, ValidationLimits limits) {
		if (life.getMaxLife() > limits.maxRows() && life.getMinLife() <= life.getMaxLife()) {
			String unit = life.getTimeUnit().getLiteral();
			report.error(life, Literals.REMAINING_USEFUL_LIFE__MAX_LIFE, IssueCodes.LIFE_TOO_LONG,
					"Life up to " + life.getMaxLife() + " " + unit + " means up to " + life.getMaxLife()
							+ " seed rows for one unit (a row per " + unit.substring(0, unit.length() - 1)
							+ "), beyond the limit of " + limits.maxRows() + " rows; shorten the life to at most "
							+ limits.maxRows() + " " + unit + " or raise the limit with the system property "
							+ ValidationLimits.MAX_ROWS_PROPERTY + ".",
					Long.toString(limits.maxRows()));
		}
	}

	private boolean notNegative(DatasetSpec dataset, int rows, String words, EAttribute feature) {
		if (rows >= 0) {
			return true;
		}
		report.error(dataset, feature, IssueCodes.DATASET_SIZE,
				"Dataset: " + words + " " + rows + " rows is negative; set it to 0 or more.", "0");
		return false;
	}
}
