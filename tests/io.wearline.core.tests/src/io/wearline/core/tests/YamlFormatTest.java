package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.assertError;
import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.FormatCodes;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.test.support.SampleProfiles;

/** YAML: the same document shape as JSON, and problems at the line and column of the field. */
class YamlFormatTest {
	@TempDir
	Path folder;

	private LoadedProfile load(String text) throws IOException {
		return Profiles.get().load(SampleProfiles.write(folder.resolve("m1.yaml"), text));
	}

	@Test
	void readsTheSameModelAsTheSameJson() throws IOException {
		LoadedProfile yaml = load(Samples.VALID_YAML);
		LoadedProfile json = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.json"), Samples.VALID_JSON));
		assertEquals(List.of(), yaml.problems());
		assertTrue(EcoreUtil.equals(json.profile(), yaml.profile()));
	}

	@Test
	void theExtensionYmlIsYamlToo() throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.yml"), Samples.VALID_YAML));
		assertEquals(ProfileFormat.YAML, loaded.format());
		assertEquals(List.of(), loaded.problems());
	}

	@Test
	void anUnknownFieldIsAnErrorThatSuggestsTheNearestField() throws IOException {
		String text = Samples.VALID_YAML.replace("nominal:", "nominl:");
		assertError(single(load(text), FormatCodes.UNKNOWN_FIELD), SampleProfiles.placeOf(text, "nominl"),
				"unknown field 'nominl' in sensor 'speed'; did you mean 'nominal'?");
	}

	@Test
	void aValueOfTheWrongTypeNamesTheFieldAndWhatWasFound() throws IOException {
		String text = Samples.VALID_YAML.replace("min: 0", "min: abc");
		assertError(single(load(text), FormatCodes.WRONG_TYPE), SampleProfiles.placeOf(text, "abc"),
				"expected a number for 'min' in sensor 'speed', found \"abc\"");
	}

	@Test
	void aSyntaxErrorNamesLineAndColumn() throws IOException {
		String text = Samples.VALID_YAML.replace("    label: Shaft speed", "    label: [Shaft speed");
		ProfileProblem problem = single(load(text), FormatCodes.SYNTAX);
		assertTrue(problem.location().matches("\\d+:\\d+"), problem::format);
		int line = Integer.parseInt(problem.location().split(":")[0]);
		assertTrue(line >= 6, "the error is at or after the open bracket: " + problem.format());
		assertTrue(problem.message().startsWith("This is not valid YAML: "), problem.message());
	}

	@Test
	void validationIssuesAreReportedAtTheFieldInTheFile() throws IOException {
		String text = Samples.VALID_YAML.replace("nominal: 1480", "nominal: 5000");
		assertEquals(SampleProfiles.placeOf(text, "nominal"), single(load(text), IssueCodes.NOMINAL_OUT_OF_RANGE).location());
	}

	@Test
	void writtenYamlReadsBackAndKeepsDashesAndNumbersInTextFields() throws IOException {
		LoadedProfile loaded = load(Samples.VALID_YAML.replace("name: Motor 1", "name: \"-\"").replace("label: Shaft speed",
				"label: \"1480\""));
		assertEquals(List.of(), Problems.errors(loaded));
		Path out = folder.resolve("again.yaml");
		Profiles.get().write(loaded.profile(), ProfileFormat.YAML, out);
		LoadedProfile again = Profiles.get().load(out);
		assertEquals(List.of(), Problems.errors(again), () -> readQuietly(out));
		assertEquals("-", again.profile().getName());
		assertEquals("1480", again.profile().getSensors().get(0).getLabel());
		assertTrue(EcoreUtil.equals(loaded.profile(), again.profile()), () -> readQuietly(out));
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
