package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.approximately;
import static io.wearline.dsl.conversion.NumberText.of;

import java.util.List;

import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Failure modes: each probability in [0, 1] and together at most 1 (a unit fails by one mode), the onset a
 * health index, and every effect on an existing sensor.
 */
final class FailureRules {
	/** Slack for sums of decimal fractions such as 0.7 + 0.2 + 0.1. */
	private static final double SUM_TOLERANCE = 1e-9;

	private final IssueReport report;
	private final References references;

	FailureRules(IssueReport report) {
		this.report = report;
		this.references = new References(report);
	}

	/** One mode's own values. */
	void check(FailureMode mode) {
		double probability = mode.getProbability();
		if (Double.isFinite(probability) && (probability < 0 || probability > 1)) {
			report.error(mode, Literals.FAILURE_MODE__PROBABILITY, IssueCodes.PROBABILITY_OUT_OF_RANGE,
					ElementNames.of(mode) + ": probability " + of(probability)
							+ " lies outside 0 to 1; set it between 0 and 1.",
					of(Math.max(0, Math.min(1, probability))));
		}
		HealthIndex.check(report, mode, Literals.FAILURE_MODE__ONSET, "onset at health");
	}

	/** The sum of the probabilities, reported on the last mode, with scaled-down probabilities as data. */
	void checkSum(MachineProfile profile) {
		List<FailureMode> modes = profile.getFailureModes();
		double sum = 0;
		for (FailureMode mode : modes) {
			double probability = mode.getProbability();
			if (!Double.isFinite(probability) || probability < 0 || probability > 1) {
				return; // each mode's own issue comes first
			}
			sum += probability;
		}
		if (sum <= 1 + SUM_TOLERANCE) {
			return;
		}
		String[] scaled = new String[modes.size()];
		StringBuilder listed = new StringBuilder();
		for (int i = 0; i < modes.size(); i++) {
			FailureMode mode = modes.get(i);
			scaled[i] = of(mode.getProbability() / sum);
			listed.append(i == 0 ? "" : ", ").append(ElementNames.quoted(mode.getId())).append(' ')
					.append(of(mode.getProbability()));
		}
		FailureMode last = modes.get(modes.size() - 1);
		report.error(last, Literals.FAILURE_MODE__PROBABILITY, IssueCodes.PROBABILITIES_EXCEED_ONE,
				"The failure-mode probabilities sum to " + approximately(sum) + " (" + listed + "), more than 1; "
						+ "lower them so that they sum to 1 or less, e.g. divide each by " + approximately(sum) + ".",
				scaled);
	}

	/** Every effect names a sensor of the profile. */
	void checkEffects(MachineProfile profile, ProfileIndex index) {
		for (FailureMode mode : profile.getFailureModes()) {
			for (FailureEffect effect : mode.getEffects()) {
				if (index.sensor(effect.getSensor()) == null) {
					references.unknown(effect, Literals.FAILURE_EFFECT__SENSOR, IssueCodes.UNKNOWN_SENSOR,
							ElementNames.of(mode) + ": effect " + effect.getKind().getLiteral(), "sensor",
							effect.getSensor(), index.sensorIds());
				}
			}
		}
	}
}
