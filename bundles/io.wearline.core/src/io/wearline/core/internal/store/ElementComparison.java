package io.wearline.core.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.wearline.core.ProfileChange;
import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.Sensor;

/**
 * Compares two profiles element by element — the machine's own fields, sensors, parameters, regimes, degradation,
 * life, failure modes, dataset and training — and says what changed in the words of the profile language. Elements
 * of a list are matched by their id (name, key), so moving a sensor is no change and renaming one is a removal and
 * an addition. Fields are read through EMF's reflection, so a field added to the model is compared without a change
 * here; {@link FieldWords} only names it.
 */
public final class ElementComparison {
	private final List<ProfileChange> changes = new ArrayList<>();

	private ElementComparison() {
	}

	/** What changed from {@code before} to {@code after}, in the order of the profile language. */
	public static List<ProfileChange> between(MachineProfile before, MachineProfile after) {
		ElementComparison comparison = new ElementComparison();
		comparison.fields("machine", before, after, false);
		comparison.keyed("sensor", before.getSensors(), after.getSensors(), Sensor::getId);
		comparison.keyed("parameter", before.getParameters(), after.getParameters(), OperatingParameter::getKey);
		comparison.keyed("regime", before.getRegimes(), after.getRegimes(), OperatingRegime::getName);
		comparison.single("degradation", before.getDegradation(), after.getDegradation());
		comparison.single("life", before.getLife(), after.getLife());
		comparison.keyed("failure mode", before.getFailureModes(), after.getFailureModes(), FailureMode::getId);
		comparison.single("dataset", before.getDataset(), after.getDataset());
		comparison.single("training", before.getTraining(), after.getTraining());
		return List.copyOf(comparison.changes);
	}

	private <T extends EObject> void keyed(String kind, List<T> before, List<T> after, Function<T, String> key) {
		Map<String, T> old = new LinkedHashMap<>();
		before.forEach(element -> old.put(key.apply(element), element));
		Map<String, T> now = new LinkedHashMap<>();
		after.forEach(element -> now.put(key.apply(element), element));
		for (Map.Entry<String, T> element : now.entrySet()) {
			String name = kind + " " + element.getKey();
			T earlier = old.get(element.getKey());
			if (earlier == null) {
				changes.add(new ProfileChange(name, ProfileChange.ADDED));
			} else {
				fields(name, earlier, element.getValue(), true);
			}
		}
		old.keySet().stream().filter(id -> !now.containsKey(id))
				.forEach(id -> changes.add(new ProfileChange(kind + " " + id, ProfileChange.REMOVED)));
	}

	private void single(String name, EObject before, EObject after) {
		if (before == null && after == null) {
			return;
		}
		if (before == null || after == null) {
			changes.add(new ProfileChange(name, before == null ? ProfileChange.ADDED : ProfileChange.REMOVED));
			return;
		}
		fields(name, before, after, true);
	}

	/**
	 * The changed fields of two elements of one class; with {@code lists}, contained lists (a regime's adjustments)
	 * count as one field each. The profile's own lists are its elements, compared one by one.
	 */
	private void fields(String name, EObject before, EObject after, boolean lists) {
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && (!lists || !reference.isContainment()
					|| !reference.isMany())) {
				continue;
			}
			FieldWords.Pair pair = FieldWords.pairOf(feature);
			if (pair != null && !pair.first().equals(feature.getName())) {
				continue; // written with its pair's first field
			}
			String old = render(before, feature, pair);
			String now = render(after, feature, pair);
			if (!old.equals(now)) {
				String words = pair != null ? pair.words() : FieldWords.of(feature);
				changes.add(new ProfileChange(name, (words.isEmpty() ? "" : words + " ") + old + " → " + now));
			}
		}
	}

	private static String render(EObject element, EStructuralFeature feature, FieldWords.Pair pair) {
		if (pair == null) {
			return value(element, feature);
		}
		EStructuralFeature second = element.eClass().getEStructuralFeature(pair.second());
		return pair.render(value(element, feature), value(element, second));
	}

	/** A field's value as the profile language writes it; a list as its items, comma-separated. */
	private static String value(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature);
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return "none";
			}
			List<String> items = new ArrayList<>();
			for (Object item : list) {
				items.add(item instanceof EObject child ? item(child) : FieldWords.scalar(item));
			}
			return String.join(", ", items);
		}
		return FieldWords.scalar(value);
	}

	/** An element without an id (a regime's adjustment, a failure's effect): its fields one after the other. */
	private static String item(EObject child) {
		List<String> parts = new ArrayList<>();
		for (EAttribute attribute : child.eClass().getEAllAttributes()) {
			Object value = child.eGet(attribute);
			parts.add(value instanceof String text ? text : FieldWords.scalar(value));
		}
		return String.join(" ", parts);
	}
}
