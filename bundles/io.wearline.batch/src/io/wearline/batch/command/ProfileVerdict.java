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

	/** How many problems of a severity it has. */
	public int count(Severity severity) {
		return (int) problems.stream().filter(p -> p.severity() == severity).count();
	}
}
