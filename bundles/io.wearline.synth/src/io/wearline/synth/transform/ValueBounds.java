package io.wearline.synth.transform;

import java.util.LinkedHashMap;
import java.util.Map;

import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;

/**
 * The range a continuous column's generated values must stay in, in the column's unit: typically a sensor's
 * physical range from the machine profile. The data transformer clips to this range and, in any case, to the
 * range of the data it was fitted on.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value, at least {@code min}
 */
public record ValueBounds(double min, double max) {
	/** Checks that the range is an interval (infinite ends allowed, NaN not). */
	public ValueBounds {
		if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
			throw new IllegalArgumentException("a range needs min <= max, not [" + min + ", " + max + "]");
		}
	}

	/** No bound at all. */
	public static ValueBounds unbounded() {
		return new ValueBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
	}

	/**
	 * The ranges of a profile's sensors by sensor id (the seed table's column names), for the sensors whose min is
	 * below their max; a sensor without a usable range is left out.
	 */
	public static Map<String, ValueBounds> ofSensors(MachineProfile profile) {
		Map<String, ValueBounds> bounds = new LinkedHashMap<>();
		for (Sensor sensor : profile.getSensors()) {
			if (sensor.getId() != null && sensor.getMin() < sensor.getMax()) {
				bounds.put(sensor.getId(), new ValueBounds(sensor.getMin(), sensor.getMax()));
			}
		}
		return bounds;
	}

	/** Whether the value lies in the range. */
	public boolean contains(double value) {
		return value >= min && value <= max;
	}

	/** The value moved to the nearest end of the range when it lies outside. */
	public double clip(double value) {
		return Math.min(max, Math.max(min, value));
	}
}
