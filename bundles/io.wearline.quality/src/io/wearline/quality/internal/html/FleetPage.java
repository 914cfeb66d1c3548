package io.wearline.quality.internal.html;

import java.util.List;
import java.util.Locale;

import io.wearline.quality.FleetEntry;
import io.wearline.quality.FleetReport;
import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.internal.Figures;

/** The fleet report as one page: the verdict and counts, then a row per machine with its scores and bar chart. */
public final class FleetPage {
	private static final String[] NAMES = { "overall", "shapes", "pairs", "utility", "privacy" };
	private static final int BAR_WIDTH = 150;
	private static final int BAR_HEIGHT = 11;
	private static final int LABEL = 52;

	private FleetPage() {
	}

	/** The page of a fleet report; {@code version} is the quality bundle's, for the footer. */
	public static String render(FleetReport report, String version) {
		Html html = new Html();
		PageFrame.open(html, "Fleet quality of " + report.workspace());
		html.element("h1", "Fleet quality report");
		html.element("p", report.workspace(), "class", "sub");
		long failing = report.entries().stream().filter(report::fails).count();
		html.element("div", report.passed() ? "PASS: every machine meets its thresholds"
				: "FAIL: " + failing + " of " + report.entries().size() + " machines fail",
				"class", report.passed() ? "verdict pass" : "verdict fail").newline();
		html.element("p", String.format(Locale.ROOT, "%d passed, %d failed, %d not generated%s, %d could not be scored;"
				+ " thresholds %s; validated in %.1f s.", report.count(FleetEntry.Status.PASSED),
				report.count(FleetEntry.Status.FAILED), report.count(FleetEntry.Status.NOT_GENERATED),
				report.strict() ? " (failures: strict)" : " (not failures)", report.count(FleetEntry.Status.ERROR),
				report.thresholds(), report.seconds()), "class", "sub");
		table(html, report);
		PageFrame.close(html, "Made by Wearline quality " + version + ". Each machine's own report is"
				+ " <machine>/reports/quality.html in the workspace.");
		return html.toString();
	}

	private static void table(Html html, FleetReport report) {
		html.open("table").open("tr");
		for (String heading : new String[] { "machine", "verdict", "overall", "shapes", "pairs", "utility", "privacy",
				"scores against thresholds", "why" }) {
			html.element("th", heading);
		}
		html.close("tr").newline();
		for (FleetEntry entry : report.entries()) {
			html.open("tr");
			html.open("td");
			if (entry.report() != null) {
				html.element("a", entry.machine(), "href", entry.report());
			} else {
				html.text(entry.machine());
			}
			html.close("td");
			boolean fails = report.fails(entry);
			html.element("td", verdict(entry), "class", "verdict-cell " + (fails ? "fail"
					: entry.status() == FleetEntry.Status.PASSED ? "pass" : "muted"));
			double[] values = values(entry.scores());
			double[] minimums = minimums(report.thresholds());
			for (int i = 0; i < values.length; i++) {
				boolean below = !Double.isNaN(values[i]) && !Double.isNaN(minimums[i]) && values[i] < minimums[i];
				html.element("td", Figures.score(values[i]), "class", below ? "num fail" : "num");
			}
			html.open("td");
			if (entry.scores() != null) {
				bars(html, entry.machine(), values, minimums);
			}
			html.close("td");
			html.element("td", why(entry));
			html.close("tr").newline();
		}
		html.close("table").newline();
	}

	private static String verdict(FleetEntry entry) {
		return switch (entry.status()) {
			case PASSED -> "pass";
			case FAILED -> "fail";
			case NOT_GENERATED -> "not generated";
			case ERROR -> "error";
		};
	}

	private static String why(FleetEntry entry) {
		if (!entry.failures().isEmpty()) {
			return String.join("; ", entry.failures().stream().map(QualityVerdict.Check::describe).toList());
		}
		return entry.message();
	}

	private static double[] values(QualityScores scores) {
		if (scores == null) {
			return new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		}
		return new double[] { scores.overall(), scores.columnShapes(), scores.columnPairTrends(), scores.utility(),
				scores.privacy() };
	}

	private static double[] minimums(QualityThresholds thresholds) {
		return new double[] { thresholds.overall(), thresholds.columnShapes(), thresholds.columnPairTrends(),
				thresholds.utility(), thresholds.privacy() };
	}

	/** Five horizontal bars from 0 to 1, green or red against a black tick at the threshold. */
	private static void bars(Html html, String machine, double[] values, double[] minimums) {
		int height = NAMES.length * (BAR_HEIGHT + 3) + 2;
		int width = LABEL + BAR_WIDTH + 6;
		html.open("svg", "class", "bars", "width", Integer.toString(width), "height", Integer.toString(height),
				"viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label", "scores of " + machine);
		html.element("title", "Scores of " + machine + " against the thresholds");
		List<String> names = List.of(NAMES);
		for (int i = 0; i < names.size(); i++) {
			double y = 1 + i * (BAR_HEIGHT + 3);
			html.element("text", names.get(i), "x", Svg.n(LABEL - 4), "y", Svg.n(y + BAR_HEIGHT - 2), "text-anchor",
					"end", "class", "axis");
			html.empty("rect", "x", Svg.n(LABEL), "y", Svg.n(y), "width", Svg.n(BAR_WIDTH), "height",
					Integer.toString(BAR_HEIGHT), "fill", "#eef1f4");
			if (!Double.isNaN(values[i])) {
				html.open("rect", "x", Svg.n(LABEL), "y", Svg.n(y), "width", Svg.n(BAR_WIDTH * values[i]), "height",
						Integer.toString(BAR_HEIGHT), "fill", Colors.verdict(values[i], minimums[i]));
				html.element("title", names.get(i) + " " + Figures.score(values[i]) + (Double.isNaN(minimums[i]) ? ""
						: " (threshold " + Figures.twoDecimals(minimums[i]) + ")"));
				html.close("rect");
			}
			if (!Double.isNaN(minimums[i])) {
				double x = LABEL + BAR_WIDTH * minimums[i];
				html.empty("line", "x1", Svg.n(x), "y1", Svg.n(y - 1), "x2", Svg.n(x), "y2", Svg.n(y + BAR_HEIGHT + 1),
						"stroke", "#1f2328", "stroke-width", "1.5");
			}
		}
		html.close("svg");
	}
}
