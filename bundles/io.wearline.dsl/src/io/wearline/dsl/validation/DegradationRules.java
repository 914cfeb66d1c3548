package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.of;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wearline.dsl.NearestName;
import io.wearline.dsl.DegradationLaws;
import io.wearline.model.Degradation;
import io.wearline.model.LawParameter;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.WearlinePackage.Literals;

/**
 * How a unit wears out: a degradation law the simulation knows, with parameters it takes; wear and health
 * bounds in [0, 1]; and a life range of at least one cycle or hour, in order.
 */
final class DegradationRules {
	private final IssueReport report;

	DegradationRules(IssueReport report) {
		this.report = report;
	}

	void check(Degradation degradation) {
		checkLaw(degradation);
		boolean lowOk = HealthIndex.check(report, degradation, Literals.DEGRADATION__INITIAL_WEAR_MIN,
				"initial wear minimum");
		boolean highOk = HealthIndex.check(report, degradation, Literals.DEGRADATION__INITIAL_WEAR_MAX,
				"initial wear maximum");
		if (lowOk && highOk && degradation.getInitialWearMin() > degradation.getInitialWearMax()) {
			report.error(degradation, Literals.DEGRADATION__INITIAL_WEAR_MIN, IssueCodes.HEALTH_OUT_OF_RANGE,
					"Degradation: initial wear " + of(degradation.getInitialWearMin()) + " to "
							+ of(degradation.getInitialWearMax()) + " is reversed; swap the bounds: initial wear "
							+ of(degradation.getInitialWearMax()) + " to " + of(degradation.getInitialWearMin()) + ".",
					"swap");
		}
		HealthIndex.check(report, degradation, Literals.DEGRADATION__FAILURE_THRESHOLD, "failure threshold");
		double variability = degradation.getRateVariability();
		if (Double.isFinite(variability) && variability < 0) {
			report.error(degradation, Literals.DEGRADATION__RATE_VARIABILITY, IssueCodes.INVALID_RATE_VARIABILITY,
					"Degradation: rate variability " + of(variability) + " is negative; it is a coefficient of "
							+ "variation, so set it to 0 or more, e.g. " + of(-variability) + ".",
					of(-variability));
		}
	}

	private void checkLaw(Degradation degradation) {
		String law = degradation.getLaw() == null ? DegradationLaws.DEFAULT_LAW : degradation.getLaw();
		List<String> taken = DegradationLaws.parametersOf(law).orElse(null);
		if (taken == null) {
			Set<String> known = DegradationLaws.names();
			String nearest = NearestName.of(law, known);
			String advice = nearest == null ? "" : "did you mean '" + nearest + "'? ";
			report.error(degradation, Literals.DEGRADATION__LAW, IssueCodes.UNKNOWN_LAW,
					"Degradation law '" + law + "' is unknown; " + advice + "use one of " + String.join(", ", known)
							+ ".",
					known.toArray(String[]::new));
			return;
		}
		Set<String> seen = new HashSet<>();
		for (LawParameter parameter : degradation.getParameters()) {
			String name = parameter.getName();
			if (!taken.contains(name)) {
				String takes = taken.isEmpty() ? "it takes none" : "it takes " + String.join(", ", taken);
				report.error(parameter, Literals.LAW_PARAMETER__NAME, IssueCodes.UNKNOWN_LAW,
						"Degradation law '" + law + "' takes no parameter '" + name + "'; " + takes + ".",
						taken.toArray(String[]::new));
			} else if (!seen.add(name)) {
				report.error(parameter, Literals.LAW_PARAMETER__NAME, IssueCodes.DUPLICATE_LAW_PARAMETER,
						"Degradation law '" + law + "': parameter '" + name + "' is given twice; remove one.");
			}
		}
	}

	/** The life range: whole cycles or hours, at least 1, minimum not above maximum. */
	void check(RemainingUsefulLife life) {
		int min = life.getMinLife();
		int max = life.getMaxLife();
		String unit = life.getTimeUnit().getLiteral();
		if (min > max) {
			report.error(life, Literals.REMAINING_USEFUL_LIFE__MIN_LIFE, IssueCodes.INVALID_LIFE,
					"Life " + min + " to " + max + " " + unit + " is reversed; swap the bounds: life " + max + " to "
							+ min + " " + unit + ".",
					"swap");
		} else if (min < 1) {
			report.error(life, Literals.REMAINING_USEFUL_LIFE__MIN_LIFE, IssueCodes.INVALID_LIFE,
					"Life: minimum " + min + " " + unit + " is below 1; a unit lives at least 1 " + unit
							+ ", so set the minimum to 1 or more.");
		}
	}
}
