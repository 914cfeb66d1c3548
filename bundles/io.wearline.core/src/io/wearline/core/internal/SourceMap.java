package io.wearline.core.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where each element of a profile read from JSON, YAML or XLSX came from, and where each of its fields was
 * written. The validator names an element and a feature; this map turns that into the line and column, or the
 * cell, the user has to change.
 */
public final class SourceMap {
	private final Map<EObject, Place> elements = new IdentityHashMap<>();
	private final Map<EObject, Map<EStructuralFeature, Place>> features = new IdentityHashMap<>();

	/** Records where an element begins; the first place recorded wins. */
	public void element(EObject element, Place place) {
		elements.putIfAbsent(element, place);
	}

	/** Records where one field of an element is written; the first place recorded wins (a list's first item). */
	public void feature(EObject element, EStructuralFeature feature, Place place) {
		features.computeIfAbsent(element, e -> new HashMap<>()).putIfAbsent(feature, place);
		element(element, place);
	}

	/**
	 * The place of a field; where the file does not write it (a missing id), the place of its element, then of
	 * the nearest enclosing element; {@code null} when the element was not read from the file.
	 */
	public Place find(EObject element, EStructuralFeature feature) {
		if (element != null && feature != null) {
			Place place = features.getOrDefault(element, Map.of()).get(feature);
			if (place != null) {
				return place;
			}
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			Place place = elements.get(e);
			if (place != null) {
				return place;
			}
		}
		return null;
	}
}
