package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.assertError;
import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.FormatCodes;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.test.support.SampleProfiles;

/** JSON: the document shape, and problems at the line and column of the field. */
class JsonFormatTest {
	@TempDir
	Path folder;

	private LoadedProfile load(String text) throws IOException {
		return Profiles.get().load(SampleProfiles.write(folder.resolve("m1.json"), text));
	}

	@Test
	void readsTheDocumentShapeIntoTheModel() throws IOException {
		LoadedProfile loaded = load(Samples.VALID_JSON);
		assertEquals(List.of(), loaded.problems());
		assertEquals(ProfileFormat.JSON, loaded.format());
		assertEquals("m1", loaded.profile().getId());
		assertEquals(1480, loaded.profile().getSensors().get(0).getNominal());
		assertEquals("rate", loaded.profile().getDegradation().getParameters().get(0).getName());
		assertEquals(3, loaded.profile().getDegradation().getParameters().get(0).getValue());
		assertEquals(400, loaded.profile().getLife().getMaxLife());
	}

	@Test
	void anUnknownFieldIsAnErrorThatSuggestsTheNearestField() throws IOException {
		String text = Samples.VALID_JSON.replace("\"nominal\"", "\"nominl\"");
		LoadedProfile loaded = load(text);
		assertError(single(loaded, FormatCodes.UNKNOWN_FIELD), SampleProfiles.placeOf(text, "\"nominl\""),
				"unknown field 'nominl' in sensor 'speed'; did you mean 'nominal'?");
	}

	@Test
	void anUnknownFieldNamesItsElementEvenWhenTheIdComesLater() throws IOException {
		String text = Samples.VALID_JSON.replace("\"id\": \"speed\",", "\"wearDirectoin\": \"rises\", \"id\": \"speed\",");
		assertEquals("unknown field 'wearDirectoin' in sensor 'speed'; did you mean 'wearDirection'?",
				single(load(text), FormatCodes.UNKNOWN_FIELD).message());
	}

	@Test
	void aValueOfTheWrongTypeNamesTheFieldAndWhatWasFound() throws IOException {
		String text = Samples.VALID_JSON.replace("\"min\": 0", "\"min\": \"abc\"");
		assertError(single(load(text), FormatCodes.WRONG_TYPE), SampleProfiles.placeOf(text, "\"abc\""),
				"expected a number for 'min' in sensor 'speed', found \"abc\"");
	}

	@Test
	void aWholeNumberFieldRefusesAFraction() throws IOException {
		String text = Samples.VALID_JSON.replace("\"maxLife\": 400", "\"maxLife\": 400.5");
		assertError(single(load(text), FormatCodes.WRONG_TYPE), SampleProfiles.placeOf(text, "400.5"),
				"expected a whole number for 'maxLife' in life, found 400.5");
	}

	@Test
	void aListWhereAnObjectBelongsIsTheWrongType() throws IOException {
		String text = Samples.VALID_JSON.replace("\"life\": {", "\"life\": [ {").replace("\"cycles\" }", "\"cycles\" } ]");
		assertError(single(load(text), FormatCodes.WRONG_TYPE), SampleProfiles.placeOf(text, "[ { \"minLife\""),
				"expected an object for 'life' in machine 'm1', found a list");
	}

	@Test
	void anUnknownNameOfAnEnumerationSuggestsTheNearest() throws IOException {
		String text = Samples.VALID_JSON.replace("\"kind\": \"speed\"", "\"kind\": \"sped\"");
		ProfileProblem problem = single(load(text), FormatCodes.UNKNOWN_VALUE);
		assertEquals(SampleProfiles.placeOf(text, "\"sped\""), problem.location());
		assertTrue(problem.message().startsWith("unknown kind \"sped\" in sensor 'speed'; did you mean 'speed'?"),
				problem.message());
	}

	@Test
	void aFieldGivenTwiceIsAnError() throws IOException {
		String text = Samples.VALID_JSON.replace("\"noise\": 2.5", "\"noise\": 2.5, \"noise\": 3");
		assertError(single(load(text), FormatCodes.DUPLICATE_FIELD), SampleProfiles.placeOf(text, "\"noise\"", 2),
				"field 'noise' is given twice in sensor 'speed'; remove one of them");
	}

	@Test
	void aSyntaxErrorNamesLineAndColumn() throws IOException {
		String text = Samples.VALID_JSON.replace("\"unit\": \"rpm\",", "\"unit\": \"rpm\"");
		LoadedProfile loaded = load(text);
		ProfileProblem problem = single(loaded, FormatCodes.SYNTAX);
		// Jackson stops at the next field, which is where the comma is missing
		assertEquals(SampleProfiles.placeOf(text, "\"min\""), problem.location());
		assertTrue(problem.message().startsWith("This is not valid JSON: "), problem.message());
		assertNull(loaded.profile());
	}

	@Test
	void validationIssuesAreReportedAtTheFieldInTheFile() throws IOException {
		String text = Samples.VALID_JSON.replace("\"nominal\": 1480", "\"nominal\": 5000");
		LoadedProfile loaded = load(text);
		ProfileProblem problem = single(loaded, IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertEquals(SampleProfiles.placeOf(text, "\"nominal\""), problem.location());
		assertEquals(ProfileProblem.Severity.ERROR, problem.severity());
		assertNotNull(loaded.profile());
	}

	@Test
	void aMissingIdIsReportedAtTheObjectThatLacksIt() throws IOException {
		String text = Samples.VALID_JSON.replace("\"id\": \"speed\",", "");
		ProfileProblem problem = single(load(text), IssueCodes.INVALID_ID);
		assertEquals(SampleProfiles.placeOf(text, "{", 2), problem.location());
	}

	@Test
	void moreContentAfterTheProfileIsAnError() throws IOException {
		String text = Samples.VALID_JSON + "{}\n";
		assertEquals(SampleProfiles.placeOf(text, "{}"), single(load(text), FormatCodes.SYNTAX).location());
	}

	@Test
	void writesEveryFieldThatHasAValueInModelOrder() throws IOException {
		LoadedProfile loaded = load(Samples.VALID_JSON);
		Path out = folder.resolve("out/m1.json");
		Profiles.get().write(loaded.profile(), ProfileFormat.JSON, out);
		String written = java.nio.file.Files.readString(out);
		assertTrue(written.startsWith("{\n  \"id\": \"m1\",\n  \"name\": \"Motor 1\",\n  \"type\": \"motor\","), written);
		assertTrue(written.contains("\"parameters\": {\n      \"rate\": 3\n    }"), written);
		assertTrue(written.contains("\"samplingInterval\": 1,"), "defaults are written: " + written);
		assertTrue(written.indexOf("\"min\"") < written.indexOf("\"max\""), written);
	}
}
