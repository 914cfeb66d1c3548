package io.wearline.core;

import java.nio.file.Path;
import java.util.List;

import io.wearline.model.MachineProfile;

/**
 * A profile read from a file, with every problem found while reading and validating it.
 *
 * @param file the file read
 * @param format its format; {@code null} when the file's extension names none
 * @param profile the profile; {@code null} when the file could not be read at all
 * @param problems syntax, format and validation problems, in file order
 */
public record LoadedProfile(Path file, ProfileFormat format, MachineProfile profile, List<ProfileProblem> problems) {

	/** Whether any problem is an error. A profile with errors must not be used to simulate or train. */
	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == ProfileProblem.Severity.ERROR);
	}
}
