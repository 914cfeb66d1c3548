package io.wearline.batch.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.pipeline.FreshHoldout;
import io.wearline.quality.FleetEntry;
import io.wearline.quality.FleetReport;
import io.wearline.quality.FleetReportHtml;
import io.wearline.quality.FleetReportJson;
import io.wearline.quality.FleetValidation;
import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;

/**
 * {@code wearline validate-all [workspace] [--parallel P] [--min-overall X ...] [--strict] [--no-utility]}: scores
 * every machine of a workspace that has generated data, several at once ({@link FleetValidation}), prints a table of
 * their scores and verdicts, writes {@code fleet-report.json} and {@code fleet-report.html} in the workspace, and
 * exits 1 when a machine fails.
 */
public final class ValidateAllCommand implements Command {
	/** The fleet report files, in the workspace folder. */
	public static final String JSON_FILE = "fleet-report.json";
	/** See {@link #JSON_FILE}. */
	public static final String HTML_FILE = "fleet-report.html";

	private static final String PARALLEL = "--parallel";
	private static final String STRICT = "--strict";
	private static final String NO_UTILITY = "--no-utility";
	private static final String[] MINIMUMS = { QualityThresholds.OVERALL, QualityThresholds.SHAPES,
			QualityThresholds.PAIRS, QualityThresholds.UTILITY, QualityThresholds.PRIVACY };

	private final Syntax syntax;

	/** The command with its options. */
	public ValidateAllCommand() {
		syntax = new Syntax("validate-all", "[workspace]", 0, 1)
				.option(PARALLEL, "P", false, "machines scored at once (default: the number of cores)");
		QualityThresholds defaults = QualityThresholds.defaults();
		for (String name : MINIMUMS) {
			syntax.option("--min-" + name, "X", false, "the least " + name + " score, 0 to 1 or off (default "
					+ String.format(Locale.ROOT, "%.2f", defaults.byName().get(name)) + ")");
		}
		syntax.flag(STRICT, "machines without generated data count as failures")
				.flag(NO_UTILITY, "leave utility out (faster; the utility threshold is then not checked)");
	}

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "score every machine of a workspace; print a table, write fleet-report.json and .html";
	}

	@Override
	public String description() {
		return """
				Scores the generated data (data/train.parquet) of every machine of the workspace against its
				seed data, as 'wearline score <machine> --utility' does, several machines at once, and writes
				each machine's reports/quality.json and quality.html. The workspace is the argument, else
				$%s, else ./workspace. Progress goes to stderr; a table of every machine (overall,
				shapes, pairs, utility, privacy, pass or fail) to stdout, and fleet-report.json and
				fleet-report.html (a table with a bar chart per machine) into the workspace.
				A machine passes when its scores meet the thresholds: --min-overall (default 0.80),
				--min-shapes (0.75), --min-pairs (0.75), --min-utility (0.80: no target loses more than 0.2
				of R² or F1 against a model trained on real rows), --min-privacy (0.50); 'off' turns one off. Overall and shapes must be measured; an unmeasured pairs, utility or privacy
				score is not checked. Machines without generated data are listed as 'not generated' and count
				as failures only with --strict; a machine that cannot be scored (no seed data, an unreadable
				file) is an error and fails.
				Exit code 0 when every machine passes, 1 when one fails, 2 for a wrong command line.
				""".formatted(NewCommand.WORKSPACE_VARIABLE);
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		QualityThresholds thresholds = thresholds(arguments);
		int parallel = parallel(arguments);
		Path workspace = workspace(arguments, console);
		if (!Files.isDirectory(workspace)) {
			throw new UsageException("the workspace " + workspace + " does not exist; name a workspace folder");
		}
		List<Machine> machines;
		try {
			machines = new MachineStore(workspace).machines();
		} catch (IOException e) {
			console.err().println("wearline validate-all: cannot read the workspace " + workspace + ": " + e.getMessage());
			return ExitCode.FAILED;
		}
		if (machines.isEmpty()) {
			console.err().println("wearline validate-all: the workspace " + workspace + " has no machine (a folder with a "
					+ Machine.PROFILE_FILE + "); create one with 'wearline new'");
		}
		PrintStream err = console.err();
		FleetReport report;
		try {
			report = FleetValidation.validate(workspace, machines, thresholds, arguments.has(STRICT),
					!arguments.has(NO_UTILITY), parallel, new FreshHoldout(), new FleetValidation.Listener() {
						@Override
						public void started(Machine machine) {
							synchronized (err) {
								err.println("scoring " + machine.id());
							}
						}

						@Override
						public void finished(FleetEntry entry, int done, int total) {
							synchronized (err) {
								err.printf(Locale.ROOT, "[%d/%d] %s: %s%n", done, total, entry.machine(), verdict(entry));
							}
						}
					}, null);
		} catch (OperationCanceledException e) {
			err.println("wearline validate-all: cancelled");
			return ExitCode.FAILED;
		}
		console.out().print(table(report));
		Path json = workspace.resolve(JSON_FILE);
		Path html = workspace.resolve(HTML_FILE);
		try {
			FleetReportJson.write(report, json);
			FleetReportHtml.write(report, html);
		} catch (IOException e) {
			err.println("wearline validate-all: could not write the fleet report into " + workspace + ": "
					+ e.getMessage());
			return ExitCode.FAILED;
		}
		console.out().println();
		console.out().println("wrote " + json);
		console.out().println("wrote " + html);
		long failing = report.entries().stream().filter(report::fails).count();
		console.out().printf(Locale.ROOT, "%d machines: %d passed, %d failed, %d not generated, %d errors in %.1f s:"
				+ " %s%n", report.entries().size(), report.count(FleetEntry.Status.PASSED),
				report.count(FleetEntry.Status.FAILED), report.count(FleetEntry.Status.NOT_GENERATED),
				report.count(FleetEntry.Status.ERROR), report.seconds(), report.passed() ? "PASS" : "FAIL (" + failing
						+ " failing)");
		return report.passed() ? ExitCode.OK : ExitCode.FAILED;
	}

	/** The table of machines: names and verdicts left-aligned, scores right-aligned, then why. */
	static String table(FleetReport report) {
		TextTable text = TextTable.withHeadings("machine", "verdict", "overall", "shapes", "pairs", "utility",
				"privacy", "why").leftAligned(0, 1, 7);
		for (FleetEntry entry : report.entries()) {
			QualityScores s = entry.scores();
			text.add(entry.machine(), verdict(entry), s == null ? "-" : ScoreSummary.score(s.overall()),
					s == null ? "-" : ScoreSummary.score(s.columnShapes()),
					s == null ? "-" : ScoreSummary.score(s.columnPairTrends()),
					s == null ? "-" : ScoreSummary.score(s.utility()), s == null ? "-" : ScoreSummary.score(s.privacy()),
					why(entry));
		}
		return text.text();
	}

	private static String verdict(FleetEntry entry) {
		return switch (entry.status()) {
			case PASSED -> "pass";
			case FAILED -> "FAIL";
			case NOT_GENERATED -> "not generated";
			case ERROR -> "ERROR";
		};
	}

	private static String why(FleetEntry entry) {
		if (!entry.failures().isEmpty()) {
			return String.join("; ", entry.failures().stream().map(QualityVerdict.Check::describe).toList());
		}
		return entry.message();
	}

	private static QualityThresholds thresholds(Arguments arguments) throws UsageException {
		QualityThresholds thresholds = QualityThresholds.defaults();
		for (String name : MINIMUMS) {
			String option = "--min-" + name;
			if (arguments.has(option)) {
				try {
					thresholds = thresholds.with(name, QualityThresholds.value(name, arguments.value(option).orElseThrow()));
				} catch (IllegalArgumentException e) {
					throw new UsageException(option + ": " + e.getMessage());
				}
			}
		}
		if (arguments.has(NO_UTILITY)) {
			thresholds = thresholds.with(QualityThresholds.UTILITY, Double.NaN);
		}
		return thresholds;
	}

	private static int parallel(Arguments arguments) throws UsageException {
		int cores = Runtime.getRuntime().availableProcessors();
		String value = arguments.value(PARALLEL).orElse(Integer.toString(cores));
		try {
			int n = Integer.parseInt(value);
			if (n >= 1 && n <= 256) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(PARALLEL + " takes a whole number from 1 to 256, not '" + value + "'");
	}

	private static Path workspace(Arguments arguments, Console console) throws UsageException {
		if (!arguments.operands().isEmpty()) {
			return console.resolve(arguments.operands().get(0));
		}
		String named = console.environment().get(NewCommand.WORKSPACE_VARIABLE);
		return console.resolve(named == null || named.isBlank() ? "workspace" : named);
	}
}
