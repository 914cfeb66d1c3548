package io.wearline.batch.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.wearline.quality.ColumnKind;
import io.wearline.quality.Finding;
import io.wearline.quality.HoldoutFidelity;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PropertyScores;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.TableMetadata;

/**
 * What {@code wearline score} prints: the column kinds, the headline scores against their thresholds (fidelity
 * against unseen rows when measured, with the one against the training rows beside it), the three worst columns with
 * what is off, and the verdict; the report's notes (columns left out and why, subsamples) go to stderr.
 */
final class ScoreSummary {
	private static final int WORST = 3;

	private ScoreSummary() {
	}

	/** The notes, one a line, as {@code wearline <command>: note: ...}. */
	static void notes(String command, QualityReport report, PrintStream err) {
		for (Note note : report.notes()) {
			err.println("wearline " + command + ": note: " + note.message());
		}
	}

	static void print(QualityReport report, QualityVerdict verdict, PrintStream out) {
		QualityReport.Inputs inputs = report.inputs();
		// simulated training rows are not "real rows": say what they are
		boolean simulated = !report.options().trainingSource().privacyGates();
		out.printf(Locale.ROOT, "scored %,d synthetic rows against %,d %s rows%s: %d of %d %s columns%n%n",
				inputs.syntheticRows(), inputs.realRows(), simulated ? "simulated training" : "real",
				inputs.holdoutRows() >= 0
						? String.format(Locale.ROOT, " (holdout %,d rows)", inputs.holdoutRows()) : "",
				inputs.scoredColumns(), inputs.realColumns(), simulated ? "training" : "real");
		kinds(report, out);
		schema(report, out);
		HoldoutFidelity unseen = report.holdoutFidelity();
		PropertyScores properties = unseen == null ? report.properties() : unseen.properties();
		String against = unseen == null ? "" : String.format(Locale.ROOT, "against %,d unseen rows; ", unseen.rows());
		line(out, verdict.check(QualityThresholds.OVERALL), String.format(Locale.ROOT, "%sall pairs %s", against,
				score(unseen == null ? report.overallAllPairs() : unseen.overallAllPairs())));
		line(out, verdict.check(QualityThresholds.SHAPES), properties.columnsScored() + " columns");
		line(out, verdict.check(QualityThresholds.PAIRS), String.format(Locale.ROOT, "%d of %d pairs count",
				properties.pairsScored(), properties.pairsTotal()));
		if (unseen != null) {
			out.printf(Locale.ROOT, "%-19s %6s  %-17s %s%n", "training rows", score(report.overall()), "",
					String.format(Locale.ROOT, "overall against the %,d rows learnt from: shapes %s, pairs %s",
							inputs.realRows(), score(report.properties().columnShapes()),
							score(report.properties().columnPairTrends())));
		}
		line(out, verdict.check(QualityThresholds.UTILITY), report.utility() == null ? "not measured (--utility)"
				: utility(report));
		line(out, verdict.check(QualityThresholds.PRIVACY), (report.options().trainingSource().privacyGates() ? ""
				: "information only, the training rows were simulated; ") + (Double.isNaN(report.privacy().score())
						? "DCR not measured: no holdout; exact copies " + percent(report.privacy().exactCopies())
						: "exact copies " + percent(report.privacy().exactCopies())));
		if (report.sequence() != null) {
			out.printf(Locale.ROOT, "%-19s %6s%n", "sequence", score(report.sequence().score()));
		}
		List<Finding> worst = QualityFindings.columns(report).stream().filter(Finding::isScored).limit(WORST).toList();
		if (!worst.isEmpty()) {
			out.println();
			out.println(report.holdoutFidelity() == null ? "worst columns:" : "worst columns (against the training rows):");
			int width = worst.stream().mapToInt(f -> f.subject().length()).max().orElse(1);
			for (Finding finding : worst) {
				out.printf(Locale.ROOT, "  %-" + width + "s  %s  %s%n", finding.subject(), score(finding.score()),
						finding.sentence());
			}
		}
	}

	/** The column kinds the scores were made with, a line per kind, when the report names them. */
	private static void kinds(QualityReport report, PrintStream out) {
		TableMetadata metadata = report.options().metadata();
		if (metadata == null) {
			return;
		}
		out.println("column kinds (" + metadata.origin() + "):");
		for (ColumnKind kind : ColumnKind.values()) {
			List<String> names = metadata.columnsOf(kind);
			if (!names.isEmpty()) {
				out.printf(Locale.ROOT, "  %-12s %s%s%n", kind.sdtype(), String.join(", ", names),
						kind.isScored() ? "" : " (not scored)");
			}
		}
		out.println();
	}

	/** One line on columns the tables do not share, when there are any: the rule is in the notes. */
	private static void schema(QualityReport report, PrintStream out) {
		List<String> parts = new java.util.ArrayList<>();
		part(parts, report.notes(NoteKind.MISSING_COLUMN), "real column", "not in the synthetic table");
		part(parts, report.notes(NoteKind.TYPE_MISMATCH), "column", "of another kind in each table");
		part(parts, report.notes(NoteKind.EXTRA_COLUMN), "synthetic column", "not in the real table");
		if (!parts.isEmpty()) {
			out.println("mismatched schemas: " + String.join("; ", parts) + ". They are not scored (see the notes).");
			out.println();
		}
	}

	private static void part(List<String> parts, List<Note> notes, String what, String why) {
		if (notes.isEmpty()) {
			return;
		}
		List<String> names = notes.stream().map(Note::subject).toList();
		parts.add(notes.size() + " " + what + (notes.size() == 1 ? " " : "s ") + why + " ("
				+ String.join(", ", names.subList(0, Math.min(4, names.size()))) + (names.size() > 4 ? ", ..." : "")
				+ ")");
	}

	static void verdict(QualityVerdict verdict, PrintStream out) {
		if (verdict.passed()) {
			out.println("PASS: every threshold is met");
		} else {
			out.println("FAIL: " + String.join("; ", verdict.failures().stream().map(QualityVerdict.Check::describe)
					.toList()));
		}
	}

	private static void line(PrintStream out, QualityVerdict.Check check, String detail) {
		String against = !check.checked() ? ""
				: String.format(Locale.ROOT, ">= %.2f %s", check.minimum(), !check.measured() ? (check.passed()
						? "unchecked" : "FAIL") : check.passed() ? "pass" : "FAIL");
		out.printf(Locale.ROOT, "%-19s %6s  %-17s %s%n", check.label(), score(check.value()), against, detail);
	}

	private static String utility(QualityReport report) {
		return String.join("; ", report.utility().results().stream().map(r -> String.format(Locale.ROOT,
				"%s %s %s synthetic-trained against %s real-trained", r.target(), r.primaryMetric(),
				score(r.syntheticPrimary()), score(r.realPrimary()))).toList());
	}

	static String score(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}
}
