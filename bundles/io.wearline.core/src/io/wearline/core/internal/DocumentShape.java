package io.wearline.core.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.wearline.model.WearlinePackage.Literals;

/**
 * The shape of a profile document in JSON, YAML and (flattened) XLSX, derived from the profile model: every
 * element is an object whose fields are its class's features, named as in the model, in the model's order;
 * lists of elements are lists of objects; enumerations are their literals. One exception keeps documents
 * natural: the parameters of a degradation law are a map from name to value ({@code parameters: {rate: 3}}).
 */
public final class DocumentShape {

	private DocumentShape() {
	}

	/** The fields of an element of this class, in the order documents write them. */
	public static List<EStructuralFeature> fields(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().filter(f -> !f.isDerived() && !f.isTransient()).toList();
	}

	/** The field of this name, or {@code null}. */
	public static EStructuralFeature field(EClass eClass, String name) {
		EStructuralFeature feature = eClass.getEStructuralFeature(name);
		return feature == null || feature.isDerived() || feature.isTransient() ? null : feature;
	}

	/** The names of the fields of a class, for "did you mean" hints. */
	public static List<String> fieldNames(EClass eClass) {
		return fields(eClass).stream().map(EStructuralFeature::getName).toList();
	}

	/** Whether a list of elements is written as a map from each element's name to its value. */
	public static boolean isMap(EStructuralFeature feature) {
		return feature == Literals.DEGRADATION__PARAMETERS;
	}

	/** The attribute that is the map key of the elements of a map list. */
	public static EAttribute mapKey(EReference map) {
		return (EAttribute) map.getEReferenceType().getEStructuralFeature("name");
	}

	/** The attribute that is the map value of the elements of a map list. */
	public static EAttribute mapValue(EReference map) {
		return (EAttribute) map.getEReferenceType().getEStructuralFeature("value");
	}
}
