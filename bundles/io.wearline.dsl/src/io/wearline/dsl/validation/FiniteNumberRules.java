package io.wearline.dsl.validation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Every decimal of a profile must be a finite number. Text cannot hold NaN or infinity, but JSON, YAML and XLSX
 * can, and a single NaN would spread through a whole simulation. The other rules skip values this rule reports.
 */
final class FiniteNumberRules {
	private final IssueReport report;

	FiniteNumberRules(IssueReport report) {
		this.report = report;
	}

	void check(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.EDOUBLE || attribute.isMany()) {
				continue;
			}
			double value = (Double) element.eGet(attribute);
			if (!Double.isFinite(value)) {
				String what = Double.isNaN(value) ? "is not a number (NaN)" : "is infinite";
				report.error(element, attribute, IssueCodes.NOT_FINITE, ElementNames.of(element) + ": "
						+ ElementNames.of(attribute) + " " + what + "; write a finite number.");
			}
		}
	}
}
