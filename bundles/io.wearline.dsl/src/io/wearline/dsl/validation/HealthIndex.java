package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.of;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A health index runs from 1 (new) to 0 (worn out), and wear from 0 to 1; values that claim to be either must lie
 * in [0, 1].
 */
final class HealthIndex {

	private HealthIndex() {
	}

	/** Reports {@code HEALTH_OUT_OF_RANGE} with the clamped value as data; returns whether the value is fine. */
	static boolean check(IssueReport report, EObject element, EAttribute feature, String words) {
		double value = (Double) element.eGet(feature);
		if (!Double.isFinite(value)) {
			return false;
		}
		if (value >= 0 && value <= 1) {
			return true;
		}
		report.error(element, feature, IssueCodes.HEALTH_OUT_OF_RANGE,
				ElementNames.of(element) + ": " + words + " " + of(value)
						+ " lies outside 0 to 1; set it between 0 and 1.",
				of(Math.max(0, Math.min(1, value))));
		return false;
	}
}
