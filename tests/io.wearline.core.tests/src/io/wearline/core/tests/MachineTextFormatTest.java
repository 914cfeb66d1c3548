package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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

/** The profile language: the language's parser, validator and formatter behind Profiles. */
class MachineTextFormatTest {
	@TempDir
	Path folder;

	private LoadedProfile load(String text) throws IOException {
		return Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), text));
	}

	@Test
	void aValidProfileHasNoProblems() throws IOException {
		LoadedProfile loaded = load(SampleProfiles.MOTOR);
		assertEquals(List.of(), loaded.problems());
		assertEquals(ProfileFormat.MACHINE, loaded.format());
		assertEquals(2, loaded.profile().getRegimes().size());
	}

	@Test
	void aSyntaxErrorNamesLineAndColumn() throws IOException {
		String text = SampleProfiles.MOTOR.replace("nominal 1480", "nominal abc");
		List<ProfileProblem> syntax = load(text).problems();
		assertFalse(syntax.isEmpty());
		for (ProfileProblem problem : syntax) {
			assertEquals(IssueCodes.SYNTAX_ERROR, problem.code(), problem::format);
			assertEquals(SampleProfiles.placeOf(text, "abc"), problem.location(), problem::format);
		}
	}

	@Test
	void validationIssuesNameLineAndColumn() throws IOException {
		String text = SampleProfiles.MOTOR.replace("nominal 1480", "nominal 5000");
		var problem = single(load(text), IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertEquals(SampleProfiles.placeOf(text, "5000").split(":")[0], problem.location().split(":")[0]);
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
		Path file = folder.resolve("latin1.machine");
		Files.write(file, SampleProfiles.MOTOR.replace("\"ACME\"", "\"ACM\u00c9\"").getBytes("ISO-8859-1"));
		var problem = single(Profiles.get().load(file), FormatCodes.ENCODING);
		assertEquals("3:1", problem.location());
	}

	@Test
	void writesTheCanonicalLayout() throws IOException {
		LoadedProfile loaded = load(SampleProfiles.MOTOR);
		Path out = folder.resolve("out.machine");
		Profiles.get().write(loaded.profile(), ProfileFormat.MACHINE, out);
		String written = Files.readString(out);
		assertEquals(Profiles.get().toDsl(loaded.profile()), written);
		assertTrue(written.startsWith("machine m1 \"Motor 1\" {\n"), written);
	}
}
