package io.wearline.core.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names a place in a profile that was not read from a file by its JSON pointer (RFC 6901) in the document
 * shape: {@code /sensors/2/nominal}, {@code /degradation/parameters/rate}. The same pointer finds the field in
 * the profile written as JSON or YAML.
 */
public final class JsonPointer {

	private JsonPointer() {
	}

	/** The pointer to a feature of an element, or to the element when the feature is {@code null}. */
	public static String of(EObject element, EStructuralFeature feature) {
		StringBuilder pointer = new StringBuilder(path(element));
		if (feature != null) {
			pointer.append('/').append(escape(feature.getName()));
		}
		return pointer.isEmpty() ? "/" : pointer.toString();
	}

	private static String path(EObject element) {
		if (element == null || element.eContainer() == null) {
			return "";
		}
		EReference containing = element.eContainmentFeature();
		StringBuilder path = new StringBuilder(path(element.eContainer())).append('/')
				.append(escape(containing.getName()));
		if (DocumentShape.isMap(containing)) {
			Object key = element.eGet(DocumentShape.mapKey(containing));
			path.append('/').append(escape(String.valueOf(key)));
		} else if (containing.isMany()) {
			path.append('/').append(((List<?>) element.eContainer().eGet(containing)).indexOf(element));
		}
		return path.toString();
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}
}
