package io.wearline.ui.machines;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;
import io.wearline.model.MachineProfile;

/**
 * What the Machines view shows of one machine: its profile's headline facts and how valid the profile is.
 *
 * @param id the machine's id (its folder's name)
 * @param name the profile's name; empty when it has none or could not be read
 * @param type the profile's machine type; empty when the profile could not be read
 * @param sensors how many sensors the profile declares
 * @param errors how many errors the profile has
 * @param warnings how many warnings the profile has
 * @param firstProblem the first error (else the first warning) as {@code line:column: message}; empty when none
 * @param folder the machine's folder
 */
public record MachineSummary(String id, String name, String type, int sensors, int errors, int warnings,
		String firstProblem, Path folder) {

	/** Summarises a machine whose profile was read (with or without problems). */
	public static MachineSummary of(Machine machine, LoadedProfile loaded) {
		MachineProfile profile = loaded.profile();
		List<ProfileProblem> problems = loaded.problems();
		int errors = count(problems, Severity.ERROR);
		int warnings = count(problems, Severity.WARNING);
		String first = first(problems, Severity.ERROR).or(() -> first(problems, Severity.WARNING))
				.map(p -> p.location() + ": " + p.message()).orElse("");
		if (profile == null) {
			return new MachineSummary(machine.id(), "", "", 0, errors, warnings, first, machine.folder());
		}
		String type = profile.getType() == null ? "" : profile.getType().getLiteral();
		return new MachineSummary(machine.id(), text(profile.getName()), type, profile.getSensors().size(), errors,
				warnings, first, machine.folder());
	}

	/** Summarises a machine whose profile could not be read at all, for a reason the reader did not foresee. */
	public static MachineSummary unreadable(Machine machine, String reason) {
		return new MachineSummary(machine.id(), "", "", 0, 1, 0, reason, machine.folder());
	}

	/** Whether the profile can be used: it has no errors (warnings are allowed). */
	public boolean isValid() {
		return errors == 0;
	}

	/** The status as the view shows it: {@code Valid}, {@code 3 errors}, {@code 1 warning}, {@code 1 error, 2 warnings}. */
	public String status() {
		if (errors == 0 && warnings == 0) {
			return "Valid";
		}
		if (errors == 0) {
			return counted(warnings, "warning");
		}
		return warnings == 0 ? counted(errors, "error")
				: counted(errors, "error") + ", " + counted(warnings, "warning");
	}

	private static String counted(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static int count(List<ProfileProblem> problems, Severity severity) {
		return (int) problems.stream().filter(p -> p.severity() == severity).count();
	}

	private static Optional<ProfileProblem> first(List<ProfileProblem> problems, Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).findFirst();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
