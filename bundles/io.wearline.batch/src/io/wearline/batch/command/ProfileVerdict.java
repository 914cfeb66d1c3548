package io.wearline.batch.command;

import java.util.List;

import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;

/**
 * What validating one profile file found.
 *
 * @param file the file
 * @param format its format
 * @param problems its problems, in file order, each naming the file as the user did
 */
public record ProfileVerdict(ProfileFile file, ProfileFormat format, List<ProfileProblem> problems) {

	/** Whether the profile is valid: it has no errors (warnings are allowed). */
	public boolean valid() {
		return count(Severity.ERROR) == 0;
	}

	/** {@code templates/motor.machine: valid}, or {@code ...: invalid (2 errors, 1 warning)}. */
	public String line() {
		int errors = count(Severity.ERROR);
		int warnings = count(Severity.WARNING);
		String verdict = valid() ? "valid" : "invalid";
		if (errors + warnings == 0) {
			return file.shownName() + ": " + verdict;
		}
		return file.shownName() + ": " + verdict + " (" + plural(errors, "error") + ", " + plural(warnings, "warning")
				+ ")";
	}

	private static String plural(int count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}

	/** How many problems of a severity it has. */
	public int count(Severity severity) {
		return (int) problems.stream().filter(p -> p.severity() == severity).count();
	}
}
