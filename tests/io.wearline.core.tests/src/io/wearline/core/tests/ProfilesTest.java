package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.wearline.test.support.SampleProfiles;

/** What Profiles does with files that are not profiles, and the order of problems. */
class ProfilesTest {
	@TempDir
	Path folder;

	@Test
	void aFileWithoutAProfileExtensionIsAnUnknownFormat() throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("notes.txt"), "hello"));
		assertNull(loaded.format());
		assertNull(loaded.profile());
		ProfileProblem problem = single(loaded, FormatCodes.UNKNOWN_FORMAT);
		assertEquals(folder.resolve("notes.txt") + ":1:1: error: The file name does not say the profile's format;"
				+ " name it .machine, .json, .yaml (.yml) or .xlsx. [io.wearline.core.unknownFormat]", problem.format());
	}

	@Test
	void aMissingFileOrAFolderIsUnreadable() throws IOException {
		assertEquals("The file does not exist.",
				single(Profiles.get().load(folder.resolve("absent.json")), FormatCodes.UNREADABLE).message());
		Files.createDirectories(folder.resolve("dir.yaml"));
		assertTrue(single(Profiles.get().load(folder.resolve("dir.yaml")), FormatCodes.UNREADABLE).message()
				.contains("folder"));
	}

	@Test
	void aFormatCanBeGivenWhateverTheFileName() throws IOException {
		Path file = SampleProfiles.write(folder.resolve("profile.txt"), Samples.VALID_YAML);
		LoadedProfile loaded = Profiles.get().load(file, ProfileFormat.YAML);
		assertEquals(List.of(), loaded.problems());
		assertEquals("m1", loaded.profile().getId());
	}

	@Test
	void problemsAreListedInFileOrder() throws IOException {
		String text = Samples.VALID_JSON.replace("\"min\": 0", "\"min\": \"abc\"").replace("\"name\": \"Motor 1\"",
				"\"nam\": \"Motor 1\"").replace("\"timeUnit\": \"cycles\"", "\"timeUnit\": \"cycle\"");
		List<ProfileProblem> problems = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.json"), text)).problems();
		assertEquals(List.of(FormatCodes.UNKNOWN_FIELD, FormatCodes.WRONG_TYPE, FormatCodes.UNKNOWN_VALUE),
				problems.stream().map(ProfileProblem::code).toList());
		assertEquals(List.of(SampleProfiles.placeOf(text, "\"nam\""), SampleProfiles.placeOf(text, "\"abc\""),
				SampleProfiles.placeOf(text, "\"cycle\"")), problems.stream().map(ProfileProblem::location).toList());
	}

	@Test
	void anEmptyJsonFileIsASyntaxError() throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("empty.json"), ""));
		assertTrue(single(loaded, FormatCodes.SYNTAX).message().startsWith("The file is empty"));
	}
}
