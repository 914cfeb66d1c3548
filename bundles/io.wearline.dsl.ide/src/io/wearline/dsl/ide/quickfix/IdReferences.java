package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;

import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.ParameterOverride;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The places that name a sensor or parameter by its id: failure effects and regime adjustments name sensors,
 * regime settings name parameters. A rename that leaves them behind would turn one issue into several.
 */
final class IdReferences {

	private IdReferences() {
	}

	/**
	 * The id texts that refer to this sensor or parameter. A reference to an id that several elements share
	 * refers to the first of them (as the validator reads it), so only the first one has references.
	 */
	static List<INode> to(EObject element) {
		List<INode> nodes = new ArrayList<>();
		if (element == null || !(element.eContainer() instanceof MachineProfile profile)) {
			return nodes;
		}
		if (element instanceof Sensor sensor && sensor.getId() != null
				&& firstSensor(profile, sensor.getId()) == sensor) {
			for (OperatingRegime regime : profile.getRegimes()) {
				for (SensorAdjustment adjustment : regime.getAdjustments()) {
					if (sensor.getId().equals(adjustment.getSensor())) {
						add(nodes, ProfileTextEdits.node(adjustment, Literals.SENSOR_ADJUSTMENT__SENSOR));
					}
				}
			}
			for (FailureMode mode : profile.getFailureModes()) {
				for (FailureEffect effect : mode.getEffects()) {
					if (sensor.getId().equals(effect.getSensor())) {
						add(nodes, ProfileTextEdits.node(effect, Literals.FAILURE_EFFECT__SENSOR));
					}
				}
			}
		} else if (element instanceof OperatingParameter parameter && parameter.getKey() != null
				&& firstParameter(profile, parameter.getKey()) == parameter) {
			for (OperatingRegime regime : profile.getRegimes()) {
				for (ParameterOverride override : regime.getOverrides()) {
					if (parameter.getKey().equals(override.getParameter())) {
						add(nodes, ProfileTextEdits.node(override, Literals.PARAMETER_OVERRIDE__PARAMETER));
					}
				}
			}
		}
		return nodes;
	}

	private static void add(List<INode> nodes, INode node) {
		if (node != null) {
			nodes.add(node);
		}
	}

	private static Sensor firstSensor(MachineProfile profile, String id) {
		return profile.getSensors().stream().filter(s -> Objects.equals(id, s.getId())).findFirst().orElse(null);
	}

	private static OperatingParameter firstParameter(MachineProfile profile, String key) {
		return profile.getParameters().stream().filter(p -> Objects.equals(key, p.getKey())).findFirst()
				.orElse(null);
	}
}
