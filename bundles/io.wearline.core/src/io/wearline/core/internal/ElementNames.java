package io.wearline.core.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.wearline.model.WearlinePackage.Literals;

/**
 * How messages name an element of a profile: {@code sensor 'speed'}, {@code effect 2 of failure mode
 * 'bearing_wear'}, {@code the machine}. The words are the engineer's, not the model's class names.
 */
public final class ElementNames {
	private static final Map<EClass, String> WORDS = Map.ofEntries(Map.entry(Literals.MACHINE_PROFILE, "machine"),
			Map.entry(Literals.SENSOR, "sensor"), Map.entry(Literals.OPERATING_PARAMETER, "parameter"),
			Map.entry(Literals.OPERATING_REGIME, "regime"), Map.entry(Literals.SENSOR_ADJUSTMENT, "adjustment"),
			Map.entry(Literals.PARAMETER_OVERRIDE, "override"), Map.entry(Literals.DEGRADATION, "degradation"),
			Map.entry(Literals.LAW_PARAMETER, "law parameter"), Map.entry(Literals.REMAINING_USEFUL_LIFE, "life"),
			Map.entry(Literals.FAILURE_MODE, "failure mode"), Map.entry(Literals.FAILURE_EFFECT, "effect"),
			Map.entry(Literals.DATASET_SPEC, "dataset"), Map.entry(Literals.TRAINING_SPEC, "training"));
	private static final List<String> ID_NAMES = List.of("id", "name", "key");

	private ElementNames() {
	}

	/** The element as messages name it. */
	public static String of(EObject element) {
		String word = WORDS.getOrDefault(element.eClass(), element.eClass().getName());
		EAttribute idFeature = idFeature(element.eClass());
		if (idFeature == null) {
			EStructuralFeature containing = element.eContainingFeature();
			if (containing != null && containing.isMany()) {
				int position = ((List<?>) element.eContainer().eGet(containing)).indexOf(element) + 1;
				return word + " " + position + " of " + of(element.eContainer());
			}
			return word;
		}
		Object id = element.eGet(idFeature);
		if (id != null && !id.toString().isEmpty()) {
			return word + " '" + id + "'";
		}
		EStructuralFeature containing = element.eContainingFeature();
		if (containing != null && containing.isMany()) {
			return word + " " + (((List<?>) element.eContainer().eGet(containing)).indexOf(element) + 1);
		}
		return "the " + word;
	}

	/** The attribute that names elements of a class ({@code id}, {@code name} or {@code key}), if it has one. */
	public static EAttribute idFeature(EClass eClass) {
		for (String name : ID_NAMES) {
			if (eClass.getEStructuralFeature(name) instanceof EAttribute attribute
					&& attribute.getEAttributeType().getInstanceClass() == String.class) {
				return attribute;
			}
		}
		return null;
	}
}
