package io.wearline.batch.command;

import java.util.List;

import io.wearline.core.ProfileProblem.Severity;

/**
 * The totals of a validation, as in
 * {@code validated 7 profiles: 6 valid, 1 invalid (3 errors, 1 warning) in 412 ms}.
 *
 * @param profiles how many profiles were validated
 * @param valid how many have no errors
 * @param invalid how many have errors
 * @param errors the errors, all files together
 * @param warnings the warnings, all files together
 * @param millis how long reading and validating took, in milliseconds
 */
public record ValidationSummary(int profiles, int valid, int invalid, int errors, int warnings, long millis) {

	/** The totals of these verdicts. */
	public static ValidationSummary of(List<ProfileVerdict> verdicts, long millis) {
		int valid = (int) verdicts.stream().filter(ProfileVerdict::valid).count();
		int errors = verdicts.stream().mapToInt(v -> v.count(Severity.ERROR)).sum();
		int warnings = verdicts.stream().mapToInt(v -> v.count(Severity.WARNING)).sum();
		return new ValidationSummary(verdicts.size(), valid, verdicts.size() - valid, errors, warnings, millis);
	}

	/** The summary line. */
	public String line() {
		return "validated " + plural(profiles, "profile") + ": " + valid + " valid, " + invalid + " invalid ("
				+ plural(errors, "error") + ", " + plural(warnings, "warning") + ") in " + millis + " ms";
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
