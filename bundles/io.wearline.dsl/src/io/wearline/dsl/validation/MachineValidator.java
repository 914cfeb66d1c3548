package io.wearline.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.wearline.model.DatasetSpec;
import io.wearline.model.Degradation;
import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.TrainingSpec;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The one rule set of machine profiles, whatever format they come from. It reads only the model, never the
 * node model, so it judges a profile imported from JSON, YAML or XLSX exactly as one parsed from text, and it is
 * not tied to the profile language: it runs on every profile that EMF's {@code Diagnostician} validates. Every
 * issue carries a code from {@link IssueCodes} and, where a fix is obvious, the fix as issue data.
 * <p>
 * Rules about one element run when the validator visits that element; rules across elements (uniqueness,
 * references, sums) run once per profile with maps, so a profile of hundreds of sensors validates quickly.
 */
public class MachineValidator extends AbstractMachineValidator {
	private final IssueReport report = new IssueReport(this);
	private final IdRules ids = new IdRules(report);
	private final SensorRules sensors = new SensorRules(report);
	private final RegimeRules regimes = new RegimeRules(report);
	private final FailureRules failures = new FailureRules(report);
	private final DegradationRules degradation = new DegradationRules(report);
	private final SizeRules sizes = new SizeRules(report);
	private final TrainingRules training = new TrainingRules(report);
	private final FiniteNumberRules finiteNumbers = new FiniteNumberRules(report);

	@Inject
	private Provider<ValidationLimits> injectedLimits;

	/** Profiles from every format are validated, not only those in a resource of the profile language. */
	@Override
	public boolean isLanguageSpecific() {
		return false;
	}

	@Check
	public void checkProfile(MachineProfile profile) {
		ids.checkId(profile, Literals.MACHINE_PROFILE__ID, "Machine id", "machine");
		ids.checkUnique(profile);
		sizes.checkSensorCount(profile, limits());
		ProfileIndex index = new ProfileIndex(profile);
		regimes.checkReferences(profile, index);
		regimes.checkWeightSum(profile);
		failures.checkEffects(profile, index);
		failures.checkSum(profile);
	}

	@Check
	public void checkSensor(Sensor sensor) {
		ids.checkId(sensor, Literals.SENSOR__ID, "Sensor id", "sensor");
		sensors.check(sensor);
	}

	@Check
	public void checkParameter(OperatingParameter parameter) {
		ids.checkId(parameter, Literals.OPERATING_PARAMETER__KEY, "Parameter key", "parameter");
	}

	@Check
	public void checkRegime(OperatingRegime regime) {
		ids.checkId(regime, Literals.OPERATING_REGIME__NAME, "Regime name", "regime");
		regimes.checkWeight(regime);
	}

	@Check
	public void checkFailureMode(FailureMode mode) {
		ids.checkId(mode, Literals.FAILURE_MODE__ID, "Failure mode id", "failure");
		failures.check(mode);
	}

	@Check
	public void checkDegradation(Degradation element) {
		degradation.check(element);
	}

	@Check
	public void checkLife(RemainingUsefulLife life) {
		degradation.check(life);
		sizes.check(life, limits());
	}

	@Check
	public void checkDataset(DatasetSpec dataset) {
		sizes.check(dataset, limits());
	}

	@Check
	public void checkTraining(TrainingSpec spec) {
		training.check(spec);
	}

	@Check
	public void checkFiniteNumbers(EObject element) {
		finiteNumbers.check(element);
	}

	/** Limits from the validation context win over the injected ones, which default to the system properties. */
	private ValidationLimits limits() {
		ValidationLimits fromContext = ValidationLimits.from(getContext());
		if (fromContext != null) {
			return fromContext;
		}
		return injectedLimits == null ? ValidationLimits.fromSystemProperties() : injectedLimits.get();
	}
}
