package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.wearline.model.Degradation;
import io.wearline.model.LawParameter;
import io.wearline.model.Sensor;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The edits of the fixes that change more than the text a diagnostic marks: statements to add, bounds to swap,
 * values of several elements, a list entry to drop. Each returns no edits when the element is not what the fix
 * expects, which happens only when the text changed since it was validated.
 */
final class ElementEdits {
	private final ProfileTextEdits text;

	ElementEdits(Document document) {
		this.text = new ProfileTextEdits(document);
	}

	/** Adds the unit after the sensor's kind, or fills in an empty unit ({@code unit ""} counts as missing). */
	List<TextEdit> addUnit(EObject element, String quotedUnit) {
		if (!(element instanceof Sensor sensor)) {
			return List.of();
		}
		INode blank = ProfileTextEdits.node(sensor, Literals.SENSOR__UNIT);
		if (blank != null) {
			return List.of(text.replace(blank, quotedUnit));
		}
		INode kind = ProfileTextEdits.node(sensor, Literals.SENSOR__KIND);
		return kind == null ? List.of() : List.of(text.addAfter(kind, "unit " + quotedUnit));
	}

	/** Replaces the nominal, or, where none is written (so it is 0), adds one after the range. */
	List<TextEdit> setNominal(EObject element, String value) {
		if (!(element instanceof Sensor sensor)) {
			return List.of();
		}
		INode nominal = ProfileTextEdits.node(sensor, Literals.SENSOR__NOMINAL);
		if (nominal != null) {
			return List.of(text.replace(nominal, value));
		}
		// the range ends with 'clipped' or with the maximum
		INode rangeEnd = ProfileTextEdits.node(sensor,
				sensor.isClipped() ? Literals.SENSOR__CLIPPED : Literals.SENSOR__MAX);
		return rangeEnd == null ? List.of() : List.of(text.addAfter(rangeEnd, "nominal " + value));
	}

	List<TextEdit> swap(EObject element, EAttribute first, EAttribute second) {
		INode a = ProfileTextEdits.node(element, first);
		INode b = ProfileTextEdits.node(element, second);
		return a == null || b == null ? List.of() : text.swap(a, b);
	}

	/** Replaces one value of every element by the value at the same position, e.g. every regime's weight. */
	List<TextEdit> replaceEach(List<? extends EObject> elements, EAttribute feature, List<String> values) {
		if (elements.size() != values.size()) {
			return List.of(); // the issue data was computed for other elements
		}
		List<TextEdit> edits = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			INode node = ProfileTextEdits.node(elements.get(i), feature);
			if (node == null) {
				return List.of();
			}
			edits.add(text.replace(node, values.get(i)));
		}
		return edits;
	}

	/** Removes a law parameter with the comma before it; the first mention is never the duplicate. */
	List<TextEdit> removeLawParameter(EObject element) {
		if (!(element instanceof LawParameter parameter)
				|| !(parameter.eContainer() instanceof Degradation degradation)) {
			return List.of();
		}
		int index = degradation.getParameters().indexOf(parameter);
		if (index < 1) {
			return List.of();
		}
		INode previous = NodeModelUtils.findActualNodeFor(degradation.getParameters().get(index - 1));
		INode duplicate = NodeModelUtils.findActualNodeFor(parameter);
		return List.of(text.removeBetween(previous, duplicate));
	}
}
