package io.wearline.dsl.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.wearline.model.DatasetSpec;
import io.wearline.model.Degradation;
import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.LawParameter;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.ParameterOverride;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.TrainingSpec;
import io.wearline.model.WearlinePackage.Literals;

/**
 * How messages name an element and its values: "Sensor 'bearing_temp'", "minimum". Messages are read by
 * engineers who may never see the file (a JSON import, the command line), so they name elements by id.
 */
final class ElementNames {

	private ElementNames() {
	}

	/** The element as the start of a message, e.g. {@code Sensor 'speed'}. */
	static String of(EObject element) {
		if (element instanceof MachineProfile profile) {
			return "Machine " + quoted(profile.getId());
		}
		if (element instanceof Sensor sensor) {
			return "Sensor " + quoted(sensor.getId());
		}
		if (element instanceof OperatingParameter parameter) {
			return "Parameter " + quoted(parameter.getKey());
		}
		if (element instanceof OperatingRegime regime) {
			return "Regime " + quoted(regime.getName());
		}
		if (element instanceof SensorAdjustment adjustment) {
			return of(adjustment.eContainer()) + ": " + word(adjustment.getKind()) + " of sensor "
					+ quoted(adjustment.getSensor());
		}
		if (element instanceof ParameterOverride override) {
			return of(override.eContainer()) + ": setting of parameter " + quoted(override.getParameter());
		}
		if (element instanceof FailureMode mode) {
			return "Failure mode " + quoted(mode.getId());
		}
		if (element instanceof FailureEffect effect) {
			return of(effect.eContainer()) + ": effect " + word(effect.getKind()) + " on sensor "
					+ quoted(effect.getSensor());
		}
		if (element instanceof Degradation) {
			return "Degradation";
		}
		if (element instanceof LawParameter parameter) {
			return "Degradation law parameter " + quoted(parameter.getName());
		}
		if (element instanceof RemainingUsefulLife) {
			return "Life";
		}
		if (element instanceof DatasetSpec) {
			return "Dataset";
		}
		if (element instanceof TrainingSpec) {
			return "Training";
		}
		return element == null ? "Profile" : element.eClass().getName();
	}

	/** A feature in plain words, e.g. {@code initial wear minimum} for {@code initialWearMin}. */
	static String of(EStructuralFeature feature) {
		if (feature == Literals.SENSOR__MIN) {
			return "minimum";
		}
		if (feature == Literals.SENSOR__MAX) {
			return "maximum";
		}
		if (feature == Literals.DEGRADATION__INITIAL_WEAR_MIN) {
			return "initial wear minimum";
		}
		if (feature == Literals.DEGRADATION__INITIAL_WEAR_MAX) {
			return "initial wear maximum";
		}
		if (feature == Literals.TRAINING_SPEC__L2) {
			return "l2";
		}
		return feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** An id in quotes, or a placeholder when the element has none (possible in JSON or YAML). */
	static String quoted(String id) {
		return id == null || id.isEmpty() ? "(without id)" : "'" + id + "'";
	}

	private static String word(Object literal) {
		return literal == null ? "?" : literal.toString();
	}
}
