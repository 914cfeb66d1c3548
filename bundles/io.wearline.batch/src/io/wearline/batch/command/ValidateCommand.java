package io.wearline.batch.command;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;

/**
 * {@code wearline validate <file or folder>... [--json]}: reads every profile named, in any format, checks it with
 * the profile validator and prints each problem as {@code file:line:col: error|warning: message [code]}, then a
 * summary line. Exits {@link ExitCode#OK} when every profile is valid, {@link ExitCode#FAILED} when one is not.
 */
public final class ValidateCommand implements Command {
	private static final String JSON = "--json";
	private static final String VERBOSE = "--verbose";

	private final Syntax syntax = new Syntax("validate", "<file or folder>...", 1, Integer.MAX_VALUE)
			.flag(JSON, "print one JSON document (files, problems, summary) instead of lines")
			.flag(VERBOSE, "also print a verdict line for every profile, valid or not");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "check profiles (.machine, .json, .yaml, .xlsx; folders recursively)";
	}

	@Override
	public String description() {
		return """
				Reads every profile named, in any format (chosen by the extension: %s),
				and checks it with the profile validator. Folders are searched recursively and their profiles
				validated in parallel. Each problem is printed as
				  file:line:col: error|warning: message [code]
				followed by a summary line. Exit code 0 when every profile is valid (warnings allowed),
				1 when one is invalid, 2 when the command line is wrong (for example a path that does not exist).
				""".formatted(ProfileFiles.EXTENSIONS);
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		ProfileFiles collected;
		try {
			collected = ProfileFiles.collect(arguments.operands(), console);
		} catch (IOException e) {
			console.err().println("wearline validate: cannot read " + e.getMessage() + ": check its permissions");
			return ExitCode.FAILED;
		}
		for (String folder : collected.emptyFolders()) {
			console.err().println("wearline validate: warning: " + folder + " holds no profile file ("
					+ ProfileFiles.EXTENSIONS + ")");
		}
		long start = System.nanoTime();
		List<ProfileVerdict> verdicts;
		try {
			verdicts = new ProfileValidation(Profiles.get(), Runtime.getRuntime().availableProcessors())
					.validate(collected.files());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			console.err().println("wearline validate: interrupted");
			return ExitCode.FAILED;
		}
		ValidationSummary summary = ValidationSummary.of(verdicts,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		if (arguments.has(JSON)) {
			console.out().println(new ValidationReport().toJson(verdicts, summary));
		} else {
			for (ProfileVerdict verdict : verdicts) {
				for (ProfileProblem problem : verdict.problems()) {
					console.out().println(problem.format());
				}
				if (arguments.has(VERBOSE)) {
					console.out().println(verdict.line());
				}
			}
			console.out().println(summary.line());
		}
		return summary.invalid() == 0 ? ExitCode.OK : ExitCode.FAILED;
	}
}
