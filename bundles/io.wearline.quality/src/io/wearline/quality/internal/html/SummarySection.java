package io.wearline.quality.internal.html;

import java.util.Locale;

import io.wearline.quality.HoldoutFidelity;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PropertyScores;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.internal.Figures;

/** The top of a quality page: pass or fail, then one card per score with its threshold. */
final class SummarySection {
	private SummarySection() {
	}

	static void write(Html html, QualityReport report, QualityVerdict verdict) {
		if (verdict.passed()) {
			html.element("div", "PASS: every threshold is met", "class", "verdict pass").newline();
		} else {
			html.open("div", "class", "verdict fail").text("FAIL: " + verdict.failures().size() + " threshold"
					+ (verdict.failures().size() == 1 ? "" : "s") + " not met").open("ul");
			for (QualityVerdict.Check check : verdict.failures()) {
				html.element("li", check.describe());
			}
			html.close("ul").close("div").newline();
		}
		QualityReport.Inputs inputs = report.inputs();
		html.element("p", String.format(Locale.ROOT, "%,d real rows and %,d synthetic rows%s; %d of %d real columns"
				+ " scored.", inputs.realRows(), inputs.syntheticRows(), inputs.holdoutRows() >= 0
						? String.format(Locale.ROOT, ", %,d real holdout rows", inputs.holdoutRows()) : "",
				inputs.scoredColumns(), inputs.realColumns()), "class", "sub");
		int missing = report.notes(NoteKind.MISSING_COLUMN).size();
		int mismatched = report.notes(NoteKind.TYPE_MISMATCH).size();
		int extra = report.notes(NoteKind.EXTRA_COLUMN).size();
		if (missing + mismatched + extra > 0) {
			html.element("p", String.format(Locale.ROOT, "Mismatched schemas: %d real columns are not in the synthetic"
					+ " table, %d are of another kind there, %d synthetic columns are not in the real table; they are"
					+ " not scored (see the notes).", missing, mismatched, extra), "class", "fail");
		}
		HoldoutFidelity unseen = report.holdoutFidelity();
		PropertyScores properties = unseen == null ? report.properties() : unseen.properties();
		String against = unseen == null ? "" : String.format(Locale.ROOT, " against %,d unseen rows", unseen.rows());
		html.open("div", "class", "cards").newline();
		card(html, verdict.check(QualityThresholds.OVERALL), "Overall" + (unseen == null ? "" : ", unseen rows"),
				"mean of Column Shapes and Column Pair Trends" + against + ", SDMetrics' default thresholds");
		if (unseen != null) {
			card(html, "Overall, training rows", report.overall(), Double.NaN, String.format(Locale.ROOT,
					"against the %,d rows the synthesizer learnt from: shapes %s, pairs %s",
					report.inputs().realRows(), Figures.score(report.properties().columnShapes()),
					Figures.score(report.properties().columnPairTrends())));
		}
		card(html, "Overall, all pairs", unseen == null ? report.overallAllPairs() : unseen.overallAllPairs(),
				Double.NaN, "every pair counted" + against);
		card(html, verdict.check(QualityThresholds.SHAPES), "Column Shapes", properties.columnsScored()
				+ " columns" + against + ": KS complement (numbers), TV complement (categories)");
		card(html, verdict.check(QualityThresholds.PAIRS), "Column Pair Trends", String.format(Locale.ROOT,
				"%d of %d pairs count%s (real |r| > %s, V > %s); all pairs %s", properties.pairsScored(),
				properties.pairsTotal(), against, Figures.value(report.options().correlationThreshold()),
				Figures.value(report.options().associationThreshold()),
				Figures.score(properties.columnPairTrendsAllPairs())));
		if (report.utility() != null) {
			card(html, verdict.check(QualityThresholds.UTILITY), "Utility",
					"1 − the largest drop of R² or F1 from the real-trained to the synthetic-trained model");
		}
		if (!Double.isNaN(report.privacy().exactCopies())) {
			card(html, verdict.check(QualityThresholds.PRIVACY), "Privacy", "DCR overfitting protection; exact copies "
					+ Figures.percent(report.privacy().exactCopies())
					+ (report.options().trainingSource().privacyGates() ? ""
							: "; information only: the training rows were simulated, privacy gates real data"));
		}
		if (report.sequence() != null) {
			card(html, "Sequence", report.sequence().score(), Double.NaN, report.sequence().syntheticHasSequence()
					? "life lengths, trends and autocorrelation per unit" : "synthetic rows carry no sequence");
		}
		html.close("div").newline();
	}

	private static void card(Html html, QualityVerdict.Check check, String title, String detail) {
		card(html, title, check.value(), check.minimum(), detail);
	}

	private static void card(Html html, String title, double score, double minimum, String detail) {
		html.open("div", "class", "card");
		html.element("div", title, "class", "label");
		String state = Double.isNaN(minimum) ? null : Double.isNaN(score) ? "muted" : score >= minimum ? "pass" : "fail";
		html.element("div", Double.isNaN(score) ? "n/a" : Figures.score(score), "class",
				"score" + (state == null ? "" : " " + state));
		if (!Double.isNaN(minimum)) {
			String outcome = Double.isNaN(score) ? "not measured" : score >= minimum ? "✓ pass" : "✗ fail";
			html.element("div", "threshold ≥ " + Figures.twoDecimals(minimum) + ": " + outcome, "class",
					"detail " + state);
		}
		html.element("div", detail, "class", "detail");
		html.close("div").newline();
	}
}
