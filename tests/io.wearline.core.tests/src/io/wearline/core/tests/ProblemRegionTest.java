package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;

/** A problem of profile-language text carries the region an editor marks, the element's feature and its data. */
class ProblemRegionTest {
	@TempDir
	Path folder;

	@Test
	void aValidationProblemNamesTheRegionOfTheValueAndTheFeature() throws IOException {
		String text = SampleProfiles.MOTOR.replace("nominal 1480", "nominal 4000");
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), text));
		ProfileProblem nominal = Problems.single(loaded, IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertEquals("4000", text.substring(nominal.offset(), nominal.offset() + nominal.length()));
		assertEquals("/sensors/0/nominal", nominal.feature());
		assertEquals(SampleProfiles.placeOf(text, "4000"), nominal.location(), "the line and column are as before");
		assertTrue(nominal.format().startsWith(folder.resolve("m1.machine") + ":" + nominal.location() + ": error: "),
				nominal.format());
	}

	@Test
	void aSyntaxErrorNamesItsRegion() throws IOException {
		String text = SampleProfiles.MOTOR.replace("nominal 1480", "nominal %%");
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), text));
		ProfileProblem syntax = loaded.problems().get(0);
		assertEquals(IssueCodes.SYNTAX_ERROR, syntax.code());
		int start = text.indexOf("nominal %%");
		assertTrue(syntax.offset() >= start && syntax.offset() <= start + "nominal %".length(), syntax::toString);
		assertTrue(syntax.length() > 0, syntax::toString);
	}

	@Test
	void aProblemOfAnotherFormatHasNoTextRegion() throws IOException {
		String json = Samples.VALID_JSON.replace("1480", "4000");
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.json"), json));
		ProfileProblem nominal = Problems.single(loaded, IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertEquals(-1, nominal.offset());
		assertEquals("/sensors/0/nominal", nominal.feature());
	}
}
