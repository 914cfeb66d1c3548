package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.approximately;
import static io.wearline.dsl.conversion.NumberText.of;

import java.util.List;

import io.wearline.model.AdjustmentKind;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingRegime;
import io.wearline.model.ParameterOverride;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Operating regimes: their weights are shares of operating time (none negative, together 1), their adjustments
 * name existing sensors and keep the sensor's nominal inside its range, their settings name existing parameters.
 */
final class RegimeRules {
	/** How far the weights may sum from 1 and still count as normalised (text rounds, sums of tenths do too). */
	static final double WEIGHT_TOLERANCE = 1e-6;

	private final IssueReport report;
	private final References references;

	RegimeRules(IssueReport report) {
		this.report = report;
		this.references = new References(report);
	}

	/** One regime's weight. */
	void checkWeight(OperatingRegime regime) {
		double weight = regime.getWeight();
		if (Double.isFinite(weight) && weight < 0) {
			report.error(regime, Literals.OPERATING_REGIME__WEIGHT, IssueCodes.NEGATIVE_WEIGHT,
					ElementNames.of(regime) + ": weight " + of(weight) + " is negative; a weight is the share of "
							+ "operating time spent in the regime, so set it to 0 or more.",
					"0");
		}
	}

	/** The weights together, reported on the last regime, with the normalised weights as issue data. */
	void checkWeightSum(MachineProfile profile) {
		List<OperatingRegime> regimes = profile.getRegimes();
		if (regimes.isEmpty()) {
			return;
		}
		double sum = 0;
		for (OperatingRegime regime : regimes) {
			double weight = regime.getWeight();
			if (!Double.isFinite(weight) || weight < 0) {
				return; // NOT_FINITE or NEGATIVE_WEIGHT comes first
			}
			sum += weight;
		}
		if (Math.abs(sum - 1) <= WEIGHT_TOLERANCE) {
			return;
		}
		String[] normalised = new String[regimes.size()];
		StringBuilder listed = new StringBuilder();
		for (int i = 0; i < regimes.size(); i++) {
			double weight = regimes.get(i).getWeight();
			normalised[i] = of(sum == 0 ? 1.0 / regimes.size() : weight / sum);
			listed.append(i == 0 ? "" : ", ").append(ElementNames.quoted(regimes.get(i).getName())).append(' ')
					.append(of(weight));
		}
		String advice = sum == 0 ? "give each regime its share of operating time, e.g. equal weights "
				+ approximately(1.0 / regimes.size()) + "."
				: "divide each weight by " + approximately(sum) + " so that they sum to 1.";
		OperatingRegime last = regimes.get(regimes.size() - 1);
		report.error(last, Literals.OPERATING_REGIME__WEIGHT, IssueCodes.WEIGHTS_NOT_NORMALISED,
				"The regime weights sum to " + approximately(sum) + " instead of 1 (" + listed + "); " + advice,
				normalised);
	}

	/** Adjustments and parameter settings of every regime, against the profile's sensors and parameters. */
	void checkReferences(MachineProfile profile, ProfileIndex index) {
		for (OperatingRegime regime : profile.getRegimes()) {
			for (SensorAdjustment adjustment : regime.getAdjustments()) {
				checkAdjustment(regime, adjustment, index);
			}
			for (ParameterOverride override : regime.getOverrides()) {
				if (!index.hasParameter(override.getParameter())) {
					references.unknown(override, Literals.PARAMETER_OVERRIDE__PARAMETER, IssueCodes.UNKNOWN_PARAMETER,
							ElementNames.of(regime) + ": set", "parameter", override.getParameter(),
							index.parameterKeys());
				}
			}
		}
	}

	private void checkAdjustment(OperatingRegime regime, SensorAdjustment adjustment, ProfileIndex index) {
		Sensor sensor = index.sensor(adjustment.getSensor());
		if (sensor == null) {
			references.unknown(adjustment, Literals.SENSOR_ADJUSTMENT__SENSOR, IssueCodes.UNKNOWN_SENSOR,
					ElementNames.of(regime) + ": " + adjustment.getKind().getLiteral(), "sensor",
					adjustment.getSensor(), index.sensorIds());
			return;
		}
		double amount = adjustment.getAmount();
		if (!Double.isFinite(amount)) {
			return;
		}
		if (adjustment.getKind() == AdjustmentKind.SCALE && amount <= 0) {
			report.error(adjustment, Literals.SENSOR_ADJUSTMENT__AMOUNT, IssueCodes.ADJUSTMENT_OUT_OF_RANGE,
					ElementNames.of(regime) + ": scale " + of(amount) + " of sensor '" + sensor.getId()
							+ "' is not positive; use a factor above 0, e.g. 1.",
					"1");
			return;
		}
		if (!SensorRules.hasUsableNominal(sensor)) {
			return; // the sensor's own issues come first
		}
		double nominal = sensor.getNominal();
		double moved = adjustment.getKind() == AdjustmentKind.SCALE ? nominal * amount : nominal + amount;
		if (moved >= sensor.getMin() && moved <= sensor.getMax()) {
			return;
		}
		double clamped = Math.max(sensor.getMin(), Math.min(sensor.getMax(), moved));
		String range = of(sensor.getMin()) + " to " + of(sensor.getMax());
		String head = ElementNames.of(regime) + ": " + adjustment.getKind().getLiteral() + " " + of(amount)
				+ " moves sensor '" + sensor.getId() + "' from its nominal " + of(nominal) + " to "
				+ approximately(moved) + ", outside its range " + range + "; ";
		if (adjustment.getKind() == AdjustmentKind.SCALE) {
			double factor = clamped / nominal; // nominal is not 0 here: 0 times any factor stays in range
			report.error(adjustment, Literals.SENSOR_ADJUSTMENT__AMOUNT, IssueCodes.ADJUSTMENT_OUT_OF_RANGE,
					head + "use a factor " + (factor < amount ? "of at most " : "of at least ")
							+ approximately(factor) + ".",
					of(factor));
		} else {
			double offset = clamped - nominal;
			report.error(adjustment, Literals.SENSOR_ADJUSTMENT__AMOUNT, IssueCodes.ADJUSTMENT_OUT_OF_RANGE,
					head + "use an offset between " + approximately(sensor.getMin() - nominal) + " and "
							+ approximately(sensor.getMax() - nominal) + ".",
					of(offset));
		}
	}
}
