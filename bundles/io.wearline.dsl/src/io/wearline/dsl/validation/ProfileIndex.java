package io.wearline.dsl.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.Sensor;

/**
 * The sensors and parameters of one profile by id, built once per validation so that checking every reference
 * costs a map look-up, not a scan (a profile may have hundreds of sensors). The first element with an id wins;
 * later duplicates are {@code DUPLICATE_ID}'s business.
 */
final class ProfileIndex {
	private final Map<String, Sensor> sensors = new HashMap<>();
	private final Map<String, OperatingParameter> parameters = new HashMap<>();

	ProfileIndex(MachineProfile profile) {
		for (Sensor sensor : profile.getSensors()) {
			if (sensor.getId() != null) {
				sensors.putIfAbsent(sensor.getId(), sensor);
			}
		}
		for (OperatingParameter parameter : profile.getParameters()) {
			if (parameter.getKey() != null) {
				parameters.putIfAbsent(parameter.getKey(), parameter);
			}
		}
	}

	/** The sensor with this id, or {@code null}. */
	Sensor sensor(String id) {
		return id == null ? null : sensors.get(id);
	}

	boolean hasParameter(String key) {
		return key != null && parameters.containsKey(key);
	}

	Set<String> sensorIds() {
		return Collections.unmodifiableSet(sensors.keySet());
	}

	Set<String> parameterKeys() {
		return Collections.unmodifiableSet(parameters.keySet());
	}
}
