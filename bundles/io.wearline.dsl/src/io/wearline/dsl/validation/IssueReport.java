package io.wearline.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

/**
 * Where the rules put what they find: a thin front of the validator's message acceptor, so that each rule class
 * stays a plain class that reads the model and never touches the node model.
 */
final class IssueReport {
	private final ValidationMessageAcceptor acceptor;

	IssueReport(ValidationMessageAcceptor acceptor) {
		this.acceptor = acceptor;
	}

	void error(EObject element, EStructuralFeature feature, String code, String message, String... data) {
		acceptor.acceptError(message, element, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code, data);
	}

	void error(EObject element, EStructuralFeature feature, int index, String code, String message,
			String... data) {
		acceptor.acceptError(message, element, feature, index, code, data);
	}

	void warning(EObject element, EStructuralFeature feature, String code, String message, String... data) {
		acceptor.acceptWarning(message, element, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code,
				data);
	}
}
