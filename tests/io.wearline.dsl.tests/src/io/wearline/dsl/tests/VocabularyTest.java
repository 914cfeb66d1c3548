package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.wearline.dsl.DegradationLaws;
import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.dsl.SensorUnits;
import io.wearline.dsl.conversion.NumberText;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.MachineProfile;
import io.wearline.model.SensorKind;

/** The shared vocabulary: units per kind, degradation laws, number text, qualified names. */
class VocabularyTest {

	@ParameterizedTest
	@EnumSource(SensorKind.class)
	void everyKindButOtherHasADefaultUnitThatFitsIt(SensorKind kind) {
		Optional<String> unit = SensorUnits.defaultUnit(kind);
		if (kind == SensorKind.OTHER) {
			assertEquals(Optional.empty(), unit);
			assertTrue(SensorUnits.fits(kind, "anything at all"));
		} else {
			assertTrue(SensorUnits.fits(kind, unit.orElseThrow()));
			assertEquals(unit.get(), SensorUnits.units(kind).get(0));
		}
	}

	@ParameterizedTest
	@CsvSource({ "temperature,degF,true", "temperature,C,false", "vibration,um,true", "vibration,rpm,false",
			"pressure,kpa,false", "pressure,kPa,true", "current,mA,true", "current,MA,false", "flow,m3/h,true",
			"torque,N·m,true", "acoustic,Pa,true", "humidity,%RH,true", "position,°,true", "speed,Hz,true" })
	void unitsFitTheirKindsExactly(String kind, String unit, boolean fits) {
		assertEquals(fits, SensorUnits.fits(SensorKind.get(kind), unit));
	}

	@Test
	void aUnitKnowsItsKinds() {
		assertEquals(List.of(SensorKind.PRESSURE, SensorKind.ACOUSTIC), SensorUnits.kindsOf("Pa"));
		assertEquals(List.of(), SensorUnits.kindsOf("furlong"));
	}

	@Test
	void aRegisteredLawIsAcceptedAndForgottenAgain() {
		String text = Profiles.validWith("law exponential(rate = 3)", "law weibull(shape = 2, scale = 900)");
		assertEquals(List.of(IssueCodes.UNKNOWN_LAW), codes(text));

		DegradationLaws.register("weibull", "shape", "scale");
		try {
			assertEquals(List.of(), codes(text));
			assertTrue(DegradationLaws.names().contains("weibull"));
		} finally {
			DegradationLaws.unregister("weibull");
		}
		assertFalse(DegradationLaws.isKnown("weibull"));
	}

	@Test
	void builtInLawsCannotBeRedefinedAndBadNamesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> DegradationLaws.register("linear", "slope"));
		assertThrows(IllegalArgumentException.class, () -> DegradationLaws.register("Weibull"));
		assertThrows(IllegalArgumentException.class, () -> DegradationLaws.register("weibull", "bad name"));
		assertEquals(Optional.of(List.of("steps")), DegradationLaws.parametersOf("step"));
	}

	@ParameterizedTest
	@CsvSource({ "1480,1480", "0.001,0.001", "0.00001,0.00001", "1e-12,1e-12", "2.5e-8,2.5e-8", "1e21,1e21",
			"123456789012,123456789012", "-20,-20", "0.30000000000000004,0.30000000000000004",
			"1.7976931348623157e308,1.7976931348623157e308" })
	void numbersAreWrittenShortAndExact(double value, String text) {
		assertEquals(text, NumberText.of(value));
		assertEquals(value, Double.parseDouble(NumberText.of(value)));
	}

	@Test
	void notANumberHasNoText() {
		assertThrows(IllegalArgumentException.class, () -> NumberText.of(Double.NaN));
		assertEquals("-0", NumberText.of(-0.0));
		assertEquals("2.02703", NumberText.approximately(3000.0 / 1480));
	}

	@Test
	void elementsAreNamedByTheirIdsBelowTheMachine() {
		IQualifiedNameProvider names = MachineText.injector().getInstance(IQualifiedNameProvider.class);
		MachineProfile profile = Profiles.profile(Profiles.VALID);

		assertEquals(QualifiedName.create("m1"), names.getFullyQualifiedName(profile));
		assertEquals(QualifiedName.create("m1", "speed"), names.getFullyQualifiedName(profile.getSensors().get(0)));
		assertEquals(QualifiedName.create("m1", "bearing_wear"),
				names.getFullyQualifiedName(profile.getFailureModes().get(0)));
		assertEquals(QualifiedName.create("m1", "low_load"), names.getFullyQualifiedName(profile.getRegimes().get(0)));
		assertEquals(QualifiedName.create("m1", "load"), names.getFullyQualifiedName(profile.getParameters().get(0)));
		assertEquals(null, names.getFullyQualifiedName(profile.getDegradation().getParameters().get(0)));
		assertEquals(null, names.getFullyQualifiedName(profile.getFailureModes().get(0).getEffects().get(0)));
	}

	private static List<String> codes(String text) {
		return Profiles.issues(text).stream().map(ProfileIssue::code).toList();
	}
}
