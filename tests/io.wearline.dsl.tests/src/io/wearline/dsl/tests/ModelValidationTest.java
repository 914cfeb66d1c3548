package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.wearline.dsl.MachineRuntimeModule;
import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.dsl.validation.MachineValidator;
import io.wearline.dsl.validation.ValidationLimits;
import io.wearline.model.FailureEffect;
import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;
import io.wearline.model.WearlineFactory;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The rule set on profiles that were never text, as the JSON, YAML and XLSX importers hand them over: NaN and
 * infinity, missing ids, no resource at all, and the configurable limits.
 */
class ModelValidationTest {

	private static MachineProfile valid() {
		return EcoreUtil.copy(Profiles.profile(Profiles.VALID));
	}

	@Test
	void aCopyOutsideAnyResourceIsValidatedLikeText() {
		MachineProfile profile = valid();
		profile.getSensors().get(1).setNominal(130);

		List<ProfileIssue> issues = MachineText.validate(profile);

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.NOMINAL_OUT_OF_RANGE, issues.get(0).code());
		assertEquals(Literals.SENSOR__NOMINAL, issues.get(0).feature());
		assertEquals(profile.getSensors().get(1), issues.get(0).element());
		assertEquals(0, issues.get(0).line(), "no text, no line");
	}

	@Test
	void emfsDiagnosticianRunsTheRulesOnAProfileInAPlainResource() {
		MachineText.injector();
		MachineProfile profile = valid();
		profile.getRegimes().get(0).setWeight(-1);
		new ResourceImpl().getContents().add(profile);

		Diagnostic result = Diagnostician.INSTANCE.validate(profile);

		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertTrue(result.getChildren().stream().anyMatch(d -> d.getMessage().contains("weight -1 is negative")),
				() -> result.getChildren().toString());
	}

	@Test
	void notANumberIsReportedOnceAndStopsTheRulesThatNeedTheValue() {
		MachineProfile profile = valid();
		profile.getSensors().get(1).setNominal(Double.NaN);
		profile.getSensors().get(0).setMax(Double.POSITIVE_INFINITY);

		List<ProfileIssue> issues = MachineText.validate(profile);

		assertEquals(List.of(IssueCodes.NOT_FINITE, IssueCodes.NOT_FINITE), issues.stream().map(ProfileIssue::code).toList(),
				issues::toString);
		assertTrue(issues.stream().anyMatch(i -> i.message().equals(
				"Sensor 'bearing_temp': nominal is not a number (NaN); write a finite number.")), issues::toString);
		assertTrue(issues.stream().anyMatch(i -> i.message().equals(
				"Sensor 'speed': maximum is infinite; write a finite number.")), issues::toString);
	}

	@Test
	void aMissingIdIsInvalidWithASuggestion() {
		MachineProfile profile = valid();
		profile.getSensors().get(1).setId(null);

		List<ProfileIssue> issues = MachineText.validate(profile);

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.INVALID_ID, issues.get(0).code());
		assertEquals(List.of("sensor_2"), issues.get(0).data());
	}

	@Test
	void anEffectWithoutSensorNamesNone() {
		MachineProfile profile = valid();
		profile.getFailureModes().get(0).getEffects().get(0).setSensor(null);

		ProfileIssue issue = MachineText.validate(profile).get(0);

		assertEquals(IssueCodes.UNKNOWN_SENSOR, issue.code());
		assertTrue(issue.message().contains("names no sensor"), issue.message());
	}

	@Test
	void idsWithSpacesAndAccentsGetACorrectedId() {
		MachineProfile profile = valid();
		profile.getSensors().get(1).setId("Température Palier 2");

		ProfileIssue issue = MachineText.validate(profile).get(0);

		assertEquals(List.of("temperature_palier_2"), issue.data());
	}

	@Test
	void theSensorLimitComesFromTheContextLimits() {
		MachineProfile profile = manySensors(3);

		List<ProfileIssue> issues = MachineText.validate(profile, ValidationLimits.defaults().withMaxSensors(2));

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.TOO_MANY_SENSORS, issues.get(0).code());
		assertEquals(profile.getSensors().get(2), issues.get(0).element());
		assertTrue(issues.get(0).message().contains("has 3 sensors, more than the limit of 2"));
		assertEquals(List.of(), MachineText.validate(profile, ValidationLimits.defaults()));
	}

	@Test
	void theRowLimitComesFromTheSystemProperty() {
		MachineProfile profile = valid();
		String before = System.getProperty(ValidationLimits.MAX_ROWS_PROPERTY);
		System.setProperty(ValidationLimits.MAX_ROWS_PROPERTY, "40000");
		try {
			List<ProfileIssue> issues = MachineText.validate(profile);
			assertEquals(List.of(IssueCodes.DATASET_SIZE), issues.stream().map(ProfileIssue::code).toList());
			assertTrue(issues.get(0).message().contains("50000 rows in all"), issues.get(0).message());

			// the validator bound in the language's injector reads the property too, e.g. for text resources
			Map<Object, Object> context = new HashMap<>();
			BasicDiagnostic chain = new BasicDiagnostic();
			Diagnostician.INSTANCE.validate(profile, chain, context);
			assertEquals(Diagnostic.ERROR, chain.getSeverity());
		} finally {
			if (before == null) {
				System.clearProperty(ValidationLimits.MAX_ROWS_PROPERTY);
			} else {
				System.setProperty(ValidationLimits.MAX_ROWS_PROPERTY, before);
			}
		}
		assertEquals(List.of(), MachineText.validate(profile));
	}

	@Test
	void limitsBoundInAnOverridingModuleReachTheValidator() {
		Injector injector = Guice.createInjector(Modules.override(new MachineRuntimeModule())
				.with(binder -> binder.bind(ValidationLimits.class).toInstance(new ValidationLimits(1000, 500))));
		MachineValidator validator = injector.getInstance(MachineValidator.class);
		MachineProfile profile = valid();
		BasicDiagnostic chain = new BasicDiagnostic();

		validator.validate(profile.getDataset(), chain, new HashMap<>());

		assertEquals(1, chain.getChildren().size(), chain::toString);
		assertTrue(chain.getChildren().get(0).getMessage().contains("exceed the limit of 1000"),
				chain.getChildren().get(0)::getMessage);
	}

	@Test
	void aBadSystemPropertyFallsBackToTheDefault() {
		System.setProperty(ValidationLimits.MAX_SENSORS_PROPERTY, "many");
		try {
			assertEquals(ValidationLimits.DEFAULT_MAX_SENSORS, ValidationLimits.fromSystemProperties().maxSensors());
		} finally {
			System.clearProperty(ValidationLimits.MAX_SENSORS_PROPERTY);
		}
	}

	/**
	 * The largest profile the default limits allow, every effect naming a sensor: valid, and a single bad reference
	 * or repeated id among them is found and pointed at. (How fast it validates is {@code wearline bench
	 * validate}'s business, not a unit test's.)
	 */
	@Test
	void fiveHundredSensorsAndEffectsAreCheckedOneByOne() {
		MachineProfile profile = manySensors(500);
		for (int i = 0; i < 500; i++) {
			FailureEffect effect = WearlineFactory.eINSTANCE.createFailureEffect();
			effect.setSensor("s" + i);
			profile.getFailureModes().get(0).getEffects().add(effect);
		}
		assertEquals(List.of(), MachineText.validate(profile));

		FailureEffect stray = profile.getFailureModes().get(0).getEffects().get(321);
		stray.setSensor("s500");
		Sensor repeated = profile.getSensors().get(400);
		repeated.setId("s7");
		profile.getFailureModes().get(0).getEffects().get(400).setSensor("s7");
		List<ProfileIssue> issues = MachineText.validate(profile);

		List<ProfileIssue> unknown = issues.stream().filter(i -> i.code().equals(IssueCodes.UNKNOWN_SENSOR)).toList();
		assertEquals(1, unknown.size(), issues::toString);
		assertEquals(stray, unknown.get(0).element());
		assertTrue(unknown.get(0).message().contains("s500"), unknown.get(0)::message);
		List<ProfileIssue> duplicates = issues.stream().filter(i -> i.code().equals(IssueCodes.DUPLICATE_ID))
				.toList();
		assertEquals(1, duplicates.size(), issues::toString);
		assertEquals(repeated, duplicates.get(0).element(), "on the later of the two");
		assertTrue(duplicates.get(0).message().contains("'s7' is already used by sensor 8 of 500"),
				duplicates.get(0)::message);
		assertEquals(2, issues.size(), issues::toString);
	}

	/** The valid profile with its sensors replaced by {@code count} plain ones, referenced nowhere. */
	private static MachineProfile manySensors(int count) {
		MachineProfile profile = valid();
		profile.getSensors().clear();
		profile.getRegimes().clear();
		profile.getFailureModes().get(0).getEffects().clear();
		for (int i = 0; i < count; i++) {
			Sensor sensor = WearlineFactory.eINSTANCE.createSensor();
			sensor.setId("s" + i);
			sensor.setKind(SensorKind.PRESSURE);
			sensor.setUnit("bar");
			sensor.setMin(0);
			sensor.setMax(10);
			sensor.setNominal(5);
			sensor.setNoise(0.1);
			profile.getSensors().add(sensor);
		}
		return profile;
	}
}
