package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileProblem;

/** Assertions on the problems of a loaded profile. */
final class Problems {

	private Problems() {
	}

	/** The only problem with this code; fails when there is none or several. */
	static ProfileProblem single(LoadedProfile loaded, String code) {
		List<ProfileProblem> matching = loaded.problems().stream().filter(p -> p.code().equals(code)).toList();
		if (matching.size() != 1) {
			fail("expected one problem " + code + ", got " + loaded.problems());
		}
		return matching.get(0);
	}

	/** Asserts that a problem is the expected error at the expected place. */
	static void assertError(ProfileProblem problem, String location, String message) {
		assertEquals(ProfileProblem.Severity.ERROR, problem.severity(), problem::format);
		assertEquals(location, problem.location(), problem::format);
		assertEquals(message, problem.message(), problem::format);
	}

	static List<ProfileProblem> errors(LoadedProfile loaded) {
		return loaded.problems().stream().filter(p -> p.severity() == ProfileProblem.Severity.ERROR).toList();
	}
}
