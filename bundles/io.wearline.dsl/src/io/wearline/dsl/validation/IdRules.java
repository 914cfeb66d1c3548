package io.wearline.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.Sensor;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Ids are the names every other part (effects, data columns, file names) uses for an element, so each must be
 * well-formed ({@code INVALID_ID}) and unique among its kind ({@code DUPLICATE_ID}).
 */
final class IdRules {
	private final IssueReport report;

	IdRules(IssueReport report) {
		this.report = report;
	}

	/**
	 * One element's id: well-formed, with a corrected id as issue data.
	 *
	 * @param what how messages call the id, e.g. {@code Sensor id}
	 * @param prefix what a corrected id starts with when the id has no letter to start with, e.g. {@code sensor}
	 */
	void checkId(EObject element, EAttribute idFeature, String what, String prefix) {
		String id = (String) element.eGet(idFeature);
		if (Ids.isValid(id)) {
			return;
		}
		if (id == null || id.isEmpty()) {
			String suggestion = prefix + position(element);
			report.error(element, idFeature, IssueCodes.INVALID_ID,
					what + " is missing; give it one such as '" + suggestion + "'.", suggestion);
			return;
		}
		String suggestion = Ids.corrected(id, prefix);
		report.error(element, idFeature, IssueCodes.INVALID_ID, what + " '" + id + "' is not valid: an id starts"
				+ " with a lower-case letter and holds only a-z, 0-9 and _, at most " + Ids.MAX_LENGTH
				+ " characters; use '" + suggestion + "'.", suggestion);
	}

	/** {@code _3} for the third element of a list, nothing for the profile itself. */
	private static String position(EObject element) {
		if (element.eContainingFeature() != null && element.eContainingFeature().isMany()) {
			List<?> siblings = (List<?>) element.eContainer().eGet(element.eContainingFeature());
			return "_" + (siblings.indexOf(element) + 1);
		}
		return "";
	}

	/** Uniqueness among sensors, failure modes, regimes and parameters, each a name space of its own. */
	void checkUnique(MachineProfile profile) {
		unique(profile.getSensors(), Sensor::getId, Literals.SENSOR__ID, "Sensor id", "sensor");
		unique(profile.getFailureModes(), FailureMode::getId, Literals.FAILURE_MODE__ID, "Failure mode id",
				"failure mode");
		unique(profile.getRegimes(), OperatingRegime::getName, Literals.OPERATING_REGIME__NAME, "Regime name",
				"regime");
		unique(profile.getParameters(), OperatingParameter::getKey, Literals.OPERATING_PARAMETER__KEY,
				"Parameter key", "parameter");
	}

	private <T extends EObject> void unique(List<T> elements, Function<T, String> idOf, EAttribute feature,
			String what, String kindWord) {
		Map<String, Integer> firstPosition = new HashMap<>();
		Set<String> taken = new HashSet<>();
		for (T element : elements) {
			String id = idOf.apply(element);
			if (id != null) {
				taken.add(id);
			}
		}
		for (int i = 0; i < elements.size(); i++) {
			T element = elements.get(i);
			String id = idOf.apply(element);
			if (id == null || id.isEmpty()) {
				continue;
			}
			Integer first = firstPosition.putIfAbsent(id, i);
			if (first != null) {
				String suggestion = Ids.free(id, taken);
				taken.add(suggestion);
				report.error(element, feature, IssueCodes.DUPLICATE_ID,
						what + " '" + id + "' is already used by " + kindWord + " " + (first + 1) + " of "
								+ elements.size() + "; rename this one, e.g. to '" + suggestion + "'.",
						suggestion);
			}
		}
	}
}
