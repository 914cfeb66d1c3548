package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.approximately;
import static io.wearline.dsl.conversion.NumberText.of;

import java.util.List;

import io.wearline.dsl.SensorUnits;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;
import io.wearline.model.WearlinePackage.Literals;

/**
 * One sensor on its own: a unit that fits its kind, a range that is a range, a nominal inside it, and noise that
 * is a plausible standard deviation. Each rule stays quiet when an earlier one already found the values it needs
 * broken, so one mistake gives one message.
 */
final class SensorRules {
	private final IssueReport report;

	SensorRules(IssueReport report) {
		this.report = report;
	}

	void check(Sensor sensor) {
		checkUnit(sensor);
		boolean rangeUsable = checkRange(sensor);
		checkNominal(sensor, rangeUsable);
		checkNoise(sensor, rangeUsable);
		checkSampling(sensor);
	}

	/** Whether the sensor's range is finite and not empty, so that values can be held against it. */
	static boolean hasUsableRange(Sensor sensor) {
		double min = sensor.getMin();
		double max = sensor.getMax();
		return Double.isFinite(min) && Double.isFinite(max) && min < max;
	}

	/** Whether the sensor's nominal is finite and inside a usable range. */
	static boolean hasUsableNominal(Sensor sensor) {
		double nominal = sensor.getNominal();
		return hasUsableRange(sensor) && Double.isFinite(nominal) && nominal >= sensor.getMin()
				&& nominal <= sensor.getMax();
	}

	private void checkUnit(Sensor sensor) {
		SensorKind kind = sensor.getKind();
		String unit = sensor.getUnit();
		if (kind == SensorKind.OTHER) {
			return;
		}
		String kindWord = kind.getLiteral();
		if (unit == null || unit.isBlank()) {
			String usual = SensorUnits.defaultUnit(kind).orElseThrow();
			report.warning(sensor, Literals.SENSOR__UNIT, IssueCodes.MISSING_UNIT, ElementNames.of(sensor)
					+ " has no unit; add unit \"" + usual + "\", the usual unit of a " + kindWord + " sensor.", usual);
			return;
		}
		if (SensorUnits.fits(kind, unit)) {
			return;
		}
		List<String> fitting = SensorUnits.units(kind);
		List<SensorKind> kindsOfUnit = SensorUnits.kindsOf(unit);
		String whatItIs = kindsOfUnit.isEmpty() ? ""
				: " (it is a " + kindsOfUnit.get(0).getLiteral() + " unit)";
		report.error(sensor, Literals.SENSOR__UNIT, IssueCodes.UNIT_KIND_MISMATCH,
				ElementNames.of(sensor) + ": unit \"" + unit + "\" does not fit a " + kindWord + " sensor" + whatItIs
						+ "; use one of " + String.join(", ", fitting) + ", or change the kind.",
				fitting.toArray(String[]::new));
	}

	private boolean checkRange(Sensor sensor) {
		double min = sensor.getMin();
		double max = sensor.getMax();
		if (!Double.isFinite(min) || !Double.isFinite(max)) {
			return false; // NOT_FINITE says so
		}
		if (min < max) {
			return true;
		}
		String message = min == max
				? ElementNames.of(sensor) + ": range " + of(min) + " to " + of(max)
						+ " is empty; set the maximum above " + of(min) + "."
				: ElementNames.of(sensor) + ": minimum " + of(min) + " is not below maximum " + of(max)
						+ "; swap them: range " + of(max) + " to " + of(min) + ".";
		report.error(sensor, Literals.SENSOR__MAX, IssueCodes.MIN_NOT_BELOW_MAX, message);
		return false;
	}

	private void checkNominal(Sensor sensor, boolean rangeUsable) {
		double nominal = sensor.getNominal();
		if (!rangeUsable || !Double.isFinite(nominal)) {
			return;
		}
		double min = sensor.getMin();
		double max = sensor.getMax();
		if (nominal >= min && nominal <= max) {
			return;
		}
		double clamped = Math.max(min, Math.min(max, nominal));
		String value = sensor.eIsSet(Literals.SENSOR__NOMINAL) ? "nominal " + of(nominal)
				: "nominal (not given, so 0)";
		report.error(sensor, Literals.SENSOR__NOMINAL, IssueCodes.NOMINAL_OUT_OF_RANGE,
				ElementNames.of(sensor) + ": " + value + " lies outside its range " + of(min) + " to " + of(max)
						+ "; set it between " + of(min) + " and " + of(max) + ".",
				of(clamped));
	}

	private void checkNoise(Sensor sensor, boolean rangeUsable) {
		double noise = sensor.getNoise();
		if (!Double.isFinite(noise)) {
			return;
		}
		if (noise < 0) {
			double suggestion = -noise;
			if (rangeUsable && suggestion >= width(sensor)) {
				suggestion = typicalNoise(sensor);
			}
			report.error(sensor, Literals.SENSOR__NOISE, IssueCodes.INVALID_NOISE,
					ElementNames.of(sensor) + ": noise " + of(noise) + " is negative; it is a standard deviation, "
							+ "so set it to 0 or more, e.g. " + of(suggestion) + ".",
					of(suggestion));
			return;
		}
		if (rangeUsable && noise >= width(sensor)) {
			report.error(sensor, Literals.SENSOR__NOISE, IssueCodes.INVALID_NOISE,
					ElementNames.of(sensor) + ": noise " + of(noise) + " is not below the width "
							+ of(width(sensor)) + " of its range " + of(sensor.getMin()) + " to " + of(sensor.getMax())
							+ "; set it below " + of(width(sensor)) + ", e.g. " + of(typicalNoise(sensor)) + ".",
					of(typicalNoise(sensor)));
		}
	}

	private void checkSampling(Sensor sensor) {
		double interval = sensor.getSamplingInterval();
		if (Double.isFinite(interval) && interval <= 0) {
			report.error(sensor, Literals.SENSOR__SAMPLING_INTERVAL, IssueCodes.INVALID_SAMPLING_INTERVAL,
					ElementNames.of(sensor) + ": sampled every " + of(interval)
							+ " seconds; the interval must be above 0, e.g. 1.",
					"1");
		}
	}

	private static double width(Sensor sensor) {
		return sensor.getMax() - sensor.getMin();
	}

	/** One percent of the range, rounded for a readable suggestion. */
	private static double typicalNoise(Sensor sensor) {
		return Double.parseDouble(approximately(width(sensor) / 100));
	}
}
