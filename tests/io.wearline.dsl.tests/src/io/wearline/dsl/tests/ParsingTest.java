package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.AdjustmentKind;
import io.wearline.model.EffectKind;
import io.wearline.model.MachineProfile;
import io.wearline.model.MachineType;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;
import io.wearline.model.SplitBy;
import io.wearline.model.TimeUnit;
import io.wearline.model.WearDirection;

/** Every construct of the language, read into the model; and what a reader is told about text that is wrong. */
class ParsingTest {

	@Test
	void everyConstructReachesTheModel() {
		MachineProfile profile = Profiles.profile(Profiles.VALID);

		assertEquals("m1", profile.getId());
		assertEquals("Motor 1", profile.getName());
		assertEquals(MachineType.MOTOR, profile.getType());
		assertEquals("ACME", profile.getManufacturer());
		assertEquals("M-200", profile.getModel());
		assertEquals("Induction motor on line 3", profile.getDescription());

		Sensor speed = profile.getSensors().get(0);
		assertEquals("speed", speed.getId());
		assertEquals("Shaft speed", speed.getLabel());
		assertEquals(SensorKind.SPEED, speed.getKind());
		assertEquals("rpm", speed.getUnit());
		assertEquals(0.0, speed.getMin());
		assertEquals(3000.0, speed.getMax());
		assertTrue(speed.isClipped());
		assertEquals(1480.0, speed.getNominal());
		assertEquals(2.5, speed.getNoise());
		assertEquals(WearDirection.FALLS, speed.getWearDirection());
		assertEquals(40.0, speed.getWearSensitivity());
		assertEquals(1.0, speed.getSamplingInterval());
		assertEquals("°C", profile.getSensors().get(1).getUnit());
		assertEquals(10.0, profile.getSensors().get(1).getSamplingInterval());

		assertEquals("load", profile.getParameters().get(0).getKey());
		assertEquals(0.8, profile.getParameters().get(0).getValue());
		assertEquals("pu", profile.getParameters().get(0).getUnit());

		var lowLoad = profile.getRegimes().get(0);
		assertEquals("low_load", lowLoad.getName());
		assertEquals(0.4, lowLoad.getWeight());
		assertEquals(AdjustmentKind.OFFSET, lowLoad.getAdjustments().get(0).getKind());
		assertEquals("speed", lowLoad.getAdjustments().get(0).getSensor());
		assertEquals(5.0, lowLoad.getAdjustments().get(0).getAmount());
		assertEquals(AdjustmentKind.SCALE, lowLoad.getAdjustments().get(1).getKind());
		assertEquals(1.01, lowLoad.getAdjustments().get(1).getAmount());
		assertEquals("load", lowLoad.getOverrides().get(0).getParameter());
		assertEquals(0.4, lowLoad.getOverrides().get(0).getValue());
		assertEquals(0, profile.getRegimes().get(1).getAdjustments().size());

		var degradation = profile.getDegradation();
		assertEquals("exponential", degradation.getLaw());
		assertEquals("rate", degradation.getParameters().get(0).getName());
		assertEquals(3.0, degradation.getParameters().get(0).getValue());
		assertEquals(0.0, degradation.getInitialWearMin());
		assertEquals(0.05, degradation.getInitialWearMax());
		assertEquals(0.1, degradation.getRateVariability());
		assertEquals(0.2, degradation.getFailureThreshold());

		assertEquals(150, profile.getLife().getMinLife());
		assertEquals(400, profile.getLife().getMaxLife());
		assertEquals(TimeUnit.CYCLES, profile.getLife().getTimeUnit());

		var wear = profile.getFailureModes().get(0);
		assertEquals("bearing_wear", wear.getId());
		assertEquals("Bearing wear", wear.getLabel());
		assertEquals(0.3, wear.getProbability());
		assertEquals(0.6, wear.getOnset());
		assertEquals(EffectKind.DRIFT, wear.getEffects().get(0).getKind());
		assertEquals("speed", wear.getEffects().get(0).getSensor());
		assertEquals(-20.0, wear.getEffects().get(0).getMagnitude());
		assertEquals(EffectKind.NOISE_GAIN, wear.getEffects().get(1).getKind());

		var dataset = profile.getDataset();
		assertEquals(35000, dataset.getTrainRows());
		assertEquals(7500, dataset.getValRows());
		assertEquals(7500, dataset.getTestRows());
		assertEquals(SplitBy.UNIT, dataset.getSplitBy());
		assertEquals(42L, dataset.getSeed());

		var training = profile.getTraining();
		assertEquals(300, training.getEpochs());
		assertEquals(500, training.getBatchSize());
		assertEquals(128, training.getEmbeddingDim());
		assertEquals(List.of(128, 128), training.getCompressDims());
		assertEquals(List.of(128, 128), training.getDecompressDims());
		assertEquals(0.001, training.getLearningRate());
		assertEquals(0.00001, training.getL2());
		assertEquals(42L, training.getSeed());
	}

	@Test
	void stringsMayUseEitherQuoteAndEscapes() {
		MachineProfile profile = Profiles.profile("""
				machine m 'Pump \\'7\\'' { manufacturer "A\\"B" description "tab\\there" }""");

		assertEquals("Pump '7'", profile.getName());
		assertEquals("A\"B", profile.getManufacturer());
		assertEquals("tab\there", profile.getDescription());
	}

	@Test
	void omittedSettingsKeepTheModelsDefaults() {
		MachineProfile profile = Profiles.profile("""
				machine m { sensor s { kind other range 0 to 1 } degradation { } dataset { } training { } }""");

		assertEquals("linear", profile.getDegradation().getLaw());
		assertEquals(0.2, profile.getDegradation().getFailureThreshold());
		assertEquals(35000, profile.getDataset().getTrainRows());
		assertEquals(300, profile.getTraining().getEpochs());
		assertEquals(1.0, profile.getSensors().get(0).getSamplingInterval());
	}

	@Test
	void wordsOfTheLanguageServeAsIdsAndCaretEscapesTheOthers() {
		MachineProfile profile = Profiles.profile("""
				machine pump { sensor speed { kind speed range 0 to 1 } sensor ^unit { kind other range 0 to 1 }
				  failure wear { probability 0.1 effect spike on speed } }""");

		assertEquals("pump", profile.getId());
		assertEquals("speed", profile.getSensors().get(0).getId());
		assertEquals("unit", profile.getSensors().get(1).getId());
		assertEquals("wear", profile.getFailureModes().get(0).getId());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "-20;-20", "1.5e3;1500", "2E-3;0.002", "0.00001;0.00001", "-0.5e+2;-50" })
	void realNumbersTakeSignsFractionsAndExponents(String written, double value) {
		MachineProfile profile = Profiles.profile("machine m { sensor s { kind other range " + written + " to 1e9 } }");

		assertEquals(value, profile.getSensors().get(0).getMin());
	}

	@Test
	void wholeNumbersMayBeWrittenWithAnExponent() {
		assertEquals(35000, Profiles.profile("machine m { dataset { train 3.5e4 rows } }").getDataset().getTrainRows());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { //
			"dataset { train 35000.5 rows };35000.5 is not a whole number; write a whole number such as 35000.", //
			"dataset { train 3000000000 rows };3000000000 is out of range; write a whole number between", //
			"dataset { seed 99999999999999999999 };99999999999999999999 is out of range", //
			"sensor s { kind other range 0 to 1e400 };1e400 is too large to hold" })
	void numbersThatDoNotFitTheirPlaceAreReportedWithTheirLine(String statement, String message) {
		XtextResource resource = Profiles.parse("machine m {\n\n  " + statement + "\n}\n");

		List<ProfileIssue> issues = MachineText.validate(resource);

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.SYNTAX_ERROR, issues.get(0).code());
		assertTrue(issues.get(0).message().contains(message), issues.get(0).message());
		assertEquals(3, issues.get(0).line());
	}

	@Test
	void syntaxErrorsNameTheirLineAndColumn() {
		XtextResource resource = Profiles.parse("""
				machine m1 {
				  sensor s {
				    kind speed
				    range 0 too 3000
				  }
				}
				""");

		Resource.Diagnostic error = resource.getErrors().get(0);
		assertEquals(4, error.getLine());
		List<ProfileIssue> issues = MachineText.validate(resource);
		assertEquals(4, issues.get(0).line());
		assertEquals(13, issues.get(0).column());
		assertTrue(issues.get(0).toString().startsWith("4:13: error: "), issues.get(0).toString());
	}

	@Test
	void aResourceWithoutSyntaxErrorsIsValidated() {
		List<ProfileIssue> issues = MachineText.validate(Profiles.parse(Profiles.validWith("nominal 65", "nominal 130")));

		assertEquals(List.of(IssueCodes.NOMINAL_OUT_OF_RANGE), issues.stream().map(ProfileIssue::code).toList());
	}
}
