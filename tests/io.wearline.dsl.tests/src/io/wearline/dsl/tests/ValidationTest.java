package io.wearline.dsl.tests;

import static io.wearline.dsl.tests.Profiles.issues;
import static io.wearline.dsl.tests.Profiles.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.wearline.dsl.ProfileIssue;
import io.wearline.dsl.SensorUnits;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;

/**
 * Every issue code, raised by a profile that differs from a valid one in a single place: exactly that code, with
 * a message that names the values and the issue data quick fixes rely on.
 */
class ValidationTest {

	@Test
	void theValidProfileRaisesNoIssue() {
		assertEquals(List.of(), issues(Profiles.VALID));
	}

	static Stream<Arguments> brokenProfiles() {
		return Stream.of(
				broken(IssueCodes.INVALID_ID, "sensor bearing_temp", "sensor Bearing_Temp",
						"Sensor id 'Bearing_Temp' is not valid", "bearing_temp"),
				broken(IssueCodes.INVALID_ID, "machine m1", "machine Motor_1", "use 'motor_1'", "motor_1"),
				broken(IssueCodes.INVALID_ID, "regime full_load", "regime full_Load", "Regime name 'full_Load'",
						"full_load"),
				broken(IssueCodes.INVALID_ID, "parameter ambient", "parameter Ambient", "Parameter key 'Ambient'",
						"ambient"),
				broken(IssueCodes.INVALID_ID, "failure bearing_wear", "failure _bearing_wear",
						"Failure mode id '_bearing_wear'", "bearing_wear"),
				broken(IssueCodes.DUPLICATE_ID, "sensor bearing_temp", "sensor speed",
						"Sensor id 'speed' is already used by sensor 1 of 2; rename this one, e.g. to 'speed_2'.",
						"speed_2"),
				broken(IssueCodes.DUPLICATE_ID, "parameter ambient", "parameter load", "Parameter key 'load'",
						"load_2"),
				broken(IssueCodes.DUPLICATE_ID, "regime full_load", "regime low_load", "Regime name 'low_load'",
						"low_load_2"),
				broken(IssueCodes.MISSING_UNIT, "    unit \"°C\"\n", "",
						"Sensor 'bearing_temp' has no unit; add unit \"°C\"", "°C"),
				broken(IssueCodes.UNIT_KIND_MISMATCH, "unit \"°C\"", "unit \"rpm\"",
						"Sensor 'bearing_temp': unit \"rpm\" does not fit a temperature sensor (it is a speed unit);"
								+ " use one of °C, K, °F",
						SensorUnits.units(SensorKind.TEMPERATURE).toArray(String[]::new)),
				broken(IssueCodes.MIN_NOT_BELOW_MAX, "range 20 to 120", "range 120 to 20",
						"Sensor 'bearing_temp': minimum 120 is not below maximum 20; swap them: range 20 to 120."),
				broken(IssueCodes.MIN_NOT_BELOW_MAX, "range 20 to 120", "range 20 to 20", "range 20 to 20 is empty"),
				broken(IssueCodes.NOMINAL_OUT_OF_RANGE, "nominal 65", "nominal 130",
						"Sensor 'bearing_temp': nominal 130 lies outside its range 20 to 120; set it between 20 and"
								+ " 120.",
						"120"),
				broken(IssueCodes.NOMINAL_OUT_OF_RANGE, "    nominal 65\n", "", "nominal (not given, so 0)", "20"),
				broken(IssueCodes.INVALID_NOISE, "noise 0.5", "noise -0.5", "noise -0.5 is negative", "0.5"),
				broken(IssueCodes.INVALID_NOISE, "noise 0.5", "noise 100",
						"noise 100 is not below the width 100 of its range 20 to 120", "1"),
				broken(IssueCodes.INVALID_SAMPLING_INTERVAL, "every 10 seconds", "every 0 seconds",
						"sampled every 0 seconds", "1"),
				broken(IssueCodes.ADJUSTMENT_OUT_OF_RANGE, "offset speed by 5", "offset speed by 2000",
						"Regime 'low_load': offset 2000 moves sensor 'speed' from its nominal 1480 to 3480, outside"
								+ " its range 0 to 3000; use an offset between -1480 and 1520.",
						"1520"),
				broken(IssueCodes.ADJUSTMENT_OUT_OF_RANGE, "scale speed by 1.01", "scale speed by 0",
						"scale 0 of sensor 'speed' is not positive", "1"),
				broken(IssueCodes.ADJUSTMENT_OUT_OF_RANGE, "scale speed by 1.01", "scale speed by 2.5",
						"scale 2.5 moves sensor 'speed' from its nominal 1480 to 3700", Double.toString(3000.0 / 1480)),
				broken(IssueCodes.UNKNOWN_SENSOR, "effect drift on speed", "effect drift on sped",
						"Failure mode 'bearing_wear': effect drift names sensor 'sped', which does not exist; did you"
								+ " mean 'speed'?",
						"speed"),
				broken(IssueCodes.UNKNOWN_SENSOR, "offset speed by 5", "offset vibration by 5",
						"names sensor 'vibration', which does not exist; use one of 'bearing_temp', 'speed'."),
				broken(IssueCodes.UNKNOWN_PARAMETER, "set load = 0.4", "set laod = 0.4",
						"Regime 'low_load': set names parameter 'laod', which does not exist; did you mean 'load'?",
						"load"),
				broken(IssueCodes.PROBABILITY_OUT_OF_RANGE, "probability 0.3", "probability 1.3",
						"Failure mode 'bearing_wear': probability 1.3 lies outside 0 to 1", "1"),
				broken(IssueCodes.PROBABILITIES_EXCEED_ONE, "  dataset {",
						"  failure seal_leak { probability 0.95 }\n  dataset {",
						"The failure-mode probabilities sum to 1.25 ('bearing_wear' 0.3, 'seal_leak' 0.95)",
						Double.toString(0.3 / (0.3 + 0.95)), Double.toString(0.95 / (0.3 + 0.95))),
				broken(IssueCodes.NEGATIVE_WEIGHT, "weight 0.4", "weight -0.4", "weight -0.4 is negative", "0"),
				broken(IssueCodes.WEIGHTS_NOT_NORMALISED, "weight 0.6", "weight 0.7",
						"The regime weights sum to 1.1 instead of 1 ('low_load' 0.4, 'full_load' 0.7)",
						Double.toString(0.4 / (0.4 + 0.7)), Double.toString(0.7 / (0.4 + 0.7))),
				broken(IssueCodes.INVALID_LIFE, "life 150 to 400", "life 400 to 150",
						"Life 400 to 150 cycles is reversed; swap the bounds: life 150 to 400 cycles.", "swap"),
				broken(IssueCodes.INVALID_LIFE, "life 150 to 400", "life 0 to 400",
						"Life: minimum 0 cycles is below 1"),
				broken(IssueCodes.LIFE_TOO_LONG, "life 150 to 400", "life 1000000000 to 2000000000",
						"Life up to 2000000000 cycles means up to 2000000000 seed rows for one unit (a row per cycle),"
								+ " beyond the limit of 10000000 rows; shorten the life to at most 10000000 cycles or"
								+ " raise the limit with the system property wearline.maxRows.",
						"10000000"),
				broken(IssueCodes.HEALTH_OUT_OF_RANGE, "failure threshold 0.2", "failure threshold 1.2",
						"Degradation: failure threshold 1.2 lies outside 0 to 1", "1"),
				broken(IssueCodes.HEALTH_OUT_OF_RANGE, "onset at health 0.6", "onset at health -0.6",
						"Failure mode 'bearing_wear': onset at health -0.6 lies outside 0 to 1", "0"),
				broken(IssueCodes.HEALTH_OUT_OF_RANGE, "initial wear 0 to 0.05", "initial wear 0.05 to 0.01",
						"initial wear 0.05 to 0.01 is reversed", "swap"),
				broken(IssueCodes.UNKNOWN_LAW, "law exponential(rate = 3)", "law exponentail(rate = 3)",
						"Degradation law 'exponentail' is unknown; did you mean 'exponential'? use one of"
								+ " exponential, linear, power, step.",
						"exponential", "linear", "power", "step"),
				broken(IssueCodes.UNKNOWN_LAW, "law exponential(rate = 3)", "law power(rate = 3)",
						"Degradation law 'power' takes no parameter 'rate'; it takes exponent.", "exponent"),
				broken(IssueCodes.DUPLICATE_LAW_PARAMETER, "(rate = 3)", "(rate = 3, rate = 4)",
						"parameter 'rate' is given twice"),
				broken(IssueCodes.INVALID_RATE_VARIABILITY, "rate variability 0.1", "rate variability -0.1",
						"rate variability -0.1 is negative", "0.1"),
				broken(IssueCodes.DATASET_SIZE, "train 35000 rows", "train 0 rows", "Dataset: train 0 rows", "35000"),
				broken(IssueCodes.DATASET_SIZE, "test 7500 rows", "test -1 rows", "test -1 rows is negative", "0"),
				broken(IssueCodes.DATASET_SIZE, "train 35000 rows", "train 9999999 rows",
						"Dataset: 10014999 rows in all (train 9999999, validation 7500, test 7500) exceed the limit"
								+ " of 10000000",
						"10000000"),
				broken(IssueCodes.INVALID_TRAINING, "epochs 300", "epochs 0", "Training: epochs 0 must be at least 1",
						"300"),
				broken(IssueCodes.INVALID_TRAINING, " compress (128, 128)", " compress (128, 0)",
						"compress layer 2 has width 0", "128"),
				broken(IssueCodes.INVALID_TRAINING, "learning rate 0.001", "learning rate 0",
						"learning rate 0 must be above 0", "0.001"),
				broken(IssueCodes.INVALID_TRAINING, "l2 0.00001", "l2 -1", "Training: l2 -1 is negative", "0.00001"));
	}

	private static Arguments broken(String code, String from, String to, String message, String... data) {
		return Arguments.of(code.substring(code.lastIndexOf('.') + 1) + ": " + to.strip(), code, from, to, message,
				List.of(data));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenProfiles")
	void oneMistakeRaisesExactlyItsCode(String name, String code, String from, String to, String message,
			List<String> data) {
		List<ProfileIssue> issues = issues(validWith(from, to));

		assertEquals(1, issues.size(), () -> "issues: " + issues);
		ProfileIssue issue = issues.get(0);
		assertEquals(code, issue.code());
		assertTrue(issue.message().contains(message), () -> "message: " + issue.message());
		if (!data.isEmpty()) {
			assertEquals(data, issue.data());
		}
	}

	@Test
	void everyIssueCodeHasAFailingProfile() throws IllegalAccessException {
		Set<String> covered = new HashSet<>();
		brokenProfiles().forEach(arguments -> covered.add((String) arguments.get()[1]));
		// raised by profiles that text cannot express, or by limits; tested in ModelValidationTest
		covered.addAll(List.of(IssueCodes.NOT_FINITE, IssueCodes.TOO_MANY_SENSORS, IssueCodes.NO_SENSORS,
				IssueCodes.SYNTAX_ERROR));
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				assertTrue(covered.contains(code), () -> "no test raises " + field.getName());
			}
		}
	}

	@Test
	void aMissingUnitIsAWarningAndAMisfitAnError() {
		assertEquals(ProfileIssue.Severity.WARNING,
				issues(validWith("    unit \"°C\"\n", "")).get(0).severity());
		assertEquals(ProfileIssue.Severity.ERROR, issues(validWith("unit \"°C\"", "unit \"rpm\"")).get(0).severity());
	}

	@Test
	void asciiSpellingsOfUnitsFit() {
		assertEquals(List.of(), issues(validWith("unit \"°C\"", "unit \"degC\"")));
		assertEquals(List.of(), issues(validWith("unit \"°C\"", "unit \"K\"")));
	}

	@Test
	void aSensorOfKindOtherTakesAnyUnitOrNone() {
		assertEquals(List.of(), issues(validWith("kind temperature\n    unit \"°C\"", "kind other\n    unit \"cm/s/s\"")));
		assertEquals(List.of(), issues(validWith("kind temperature\n    unit \"°C\"\n", "kind other\n")));
	}

	@Test
	void issuesOnTextCarryTheirLineAndColumn() {
		String text = validWith("nominal 65", "nominal 130");
		ProfileIssue issue = issues(text).get(0);

		String[] lines = text.split("\n", -1);
		int line = issue.line();
		assertTrue(lines[line - 1].contains("nominal 130"), () -> "line " + line + ": " + lines[line - 1]);
		assertEquals(lines[line - 1].indexOf("130") + 1, issue.column());
	}

	@Test
	void aDuplicateIsReportedOnTheLaterElementOnly() {
		List<ProfileIssue> issues = issues(validWith("sensor bearing_temp", "sensor speed"));

		assertEquals(1, issues.size(), issues::toString);
		Sensor reported = (Sensor) issues.get(0).element();
		assertEquals(1, ((MachineProfile) reported.eContainer()).getSensors().indexOf(reported));
	}

	@Test
	void suggestedIdsAvoidIdsAlreadyTaken() {
		String text = validWith("  parameter ambient = 25 \"°C\"\n",
				"  parameter ambient = 25 \"°C\"\n  parameter load_2 = 1\n  parameter load = 2\n");
		List<ProfileIssue> issues = issues(text);

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(List.of("load_3"), issues.get(0).data());
	}

	@Test
	void anUnknownSensorFarFromEveryIdGetsNoSuggestion() {
		ProfileIssue issue = issues(validWith("effect drift on speed", "effect drift on oil_pressure_inlet")).get(0);

		assertEquals(IssueCodes.UNKNOWN_SENSOR, issue.code());
		assertEquals(List.of(), issue.data());
	}

	@Test
	void aProfileWithoutSensorsSaysSo() {
		List<ProfileIssue> issues = issues("machine m1 { }");

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.NO_SENSORS, issues.get(0).code());
		assertTrue(issues.get(0).message().startsWith("Machine 'm1' has no sensors"));
	}
}
