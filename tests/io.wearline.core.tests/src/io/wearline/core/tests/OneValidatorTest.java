package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.Sensor;
import io.wearline.test.support.SampleProfiles;

/** Every format goes through the one validator: the same profile gets the same codes and messages in each. */
class OneValidatorTest {
	/** Nominal out of range, an effect on a sensor that does not exist, weights that do not sum to 1. */
	private static final String FAULTY = SampleProfiles.MOTOR.replace("nominal 1480", "nominal 5000")
			.replace("effect drift on speed", "effect drift on sped").replace("weight 0.6", "weight 0.7");

	@TempDir
	Path folder;

	@Test
	void everyFormatReportsTheSameIssuesWithTheSameMessagesAtItsOwnKindOfPlace() throws IOException {
		LoadedProfile dsl = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), FAULTY));
		List<String> expected = codesAndMessages(dsl);
		assertTrue(expected.stream().anyMatch(s -> s.startsWith(IssueCodes.NOMINAL_OUT_OF_RANGE)), expected::toString);
		assertTrue(expected.stream().anyMatch(s -> s.startsWith(IssueCodes.UNKNOWN_SENSOR)), expected::toString);
		assertTrue(expected.stream().anyMatch(s -> s.startsWith(IssueCodes.WEIGHTS_NOT_NORMALISED)), expected::toString);
		for (ProfileFormat format : List.of(ProfileFormat.JSON, ProfileFormat.YAML, ProfileFormat.XLSX)) {
			Path file = folder.resolve("m1." + format.extension());
			Profiles.get().write(dsl.profile(), format, file);
			LoadedProfile loaded = Profiles.get().load(file);
			assertEquals(expected, codesAndMessages(loaded), format.name());
			String place = format == ProfileFormat.XLSX ? "[A-Za-z]+![A-Z]+\\d+" : "\\d+:\\d+";
			for (ProfileProblem problem : loaded.problems()) {
				assertTrue(problem.location().matches(place), problem::format);
			}
		}
	}

	@Test
	void anXlsxIssueNamesTheCellOfTheField() throws IOException {
		LoadedProfile dsl = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), FAULTY));
		Path file = folder.resolve("m1.xlsx");
		Profiles.get().write(dsl.profile(), ProfileFormat.XLSX, file);
		LoadedProfile loaded = Profiles.get().load(file);
		// Sensors: id, label, kind, unit, min, max, nominal -> column G; the one sensor is on row 2
		assertEquals("Sensors!G2", Problems.single(loaded, IssueCodes.NOMINAL_OUT_OF_RANGE).location());
		// FailureModes: id, label, probability, onset, kind, sensor -> column F
		assertEquals("FailureModes!F2", Problems.single(loaded, IssueCodes.UNKNOWN_SENSOR).location());
	}

	@Test
	void aProfileBuiltInMemoryIsValidatedWithJsonPointers() throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), SampleProfiles.MOTOR));
		var copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(loaded.profile());
		Sensor second = org.eclipse.emf.ecore.util.EcoreUtil.copy(copy.getSensors().get(0));
		second.setId("torque");
		second.setNominal(-1);
		copy.getSensors().add(second);
		List<ProfileProblem> problems = Profiles.get().validate(copy, "in memory");
		ProfileProblem nominal = problems.stream().filter(p -> p.code().equals(IssueCodes.NOMINAL_OUT_OF_RANGE))
				.findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
		assertEquals("/sensors/" + copy.getSensors().indexOf(second) + "/nominal", nominal.location());
		assertEquals("in memory", nominal.source());
		assertFalse(Profiles.get().validate(loaded.profile(), "m1").stream()
				.anyMatch(p -> p.severity() == ProfileProblem.Severity.ERROR));
	}

	private static List<String> codesAndMessages(LoadedProfile loaded) {
		return loaded.problems().stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).sorted().toList();
	}
}
