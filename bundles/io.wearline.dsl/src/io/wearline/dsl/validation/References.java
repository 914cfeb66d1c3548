package io.wearline.dsl.validation;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.wearline.dsl.NearestName;

/**
 * Reports a string reference to a sensor or parameter that names none, with the nearest existing id as issue
 * data and in the message ("did you mean 'speed'?").
 */
final class References {
	private static final int LISTED = 8;

	private final IssueReport report;

	References(IssueReport report) {
		this.report = report;
	}

	/**
	 * @param subject what holds the reference, as a message starts, e.g. {@code Failure mode 'x': effect drift}
	 * @param what what the reference names, e.g. {@code sensor}
	 * @param known the ids it may name
	 */
	void unknown(EObject element, EAttribute feature, String code, String subject, String what, String name,
			Set<String> known) {
		String nearest = NearestName.of(name, known);
		String named = name == null || name.isEmpty() ? "names no " + what
				: "names " + what + " '" + name + "', which does not exist";
		String advice;
		if (nearest != null) {
			advice = "did you mean '" + nearest + "'?";
		} else if (known.isEmpty()) {
			advice = "the profile has no " + what + "s yet; add one or remove this line.";
		} else {
			advice = "use one of " + listed(known) + ".";
		}
		String message = subject + " " + named + "; " + advice;
		if (nearest == null) {
			report.error(element, feature, code, message);
		} else {
			report.error(element, feature, code, message, nearest);
		}
	}

	private static String listed(Set<String> known) {
		TreeSet<String> sorted = new TreeSet<>(known);
		StringBuilder text = new StringBuilder();
		int count = 0;
		for (String id : sorted) {
			if (count == LISTED) {
				text.append(", ... (").append(sorted.size() - LISTED).append(" more)");
				break;
			}
			text.append(count == 0 ? "" : ", ").append('\'').append(id).append('\'');
			count++;
		}
		return text.toString();
	}
}
