package io.wearline.quality.internal.html;

import java.util.Comparator;
import java.util.List;

import io.wearline.quality.Coefficient;
import io.wearline.quality.Finding;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.internal.Figures;
import io.wearline.quality.internal.PairFindings;

/**
 * The correlation heatmaps of the numeric columns (real, synthetic, and their difference) side by side, then the
 * pairs worst first with a sentence each, and the pairs that could not be scored with the reason.
 */
final class PairSection {
	private static final int SHOWN = 15;

	private PairSection() {
	}

	static void write(Html html, QualityReport report) {
		if (report.pairs().isEmpty()) {
			return;
		}
		html.element("h2", "Column Pair Trends", "id", "pairs").newline();
		heatmaps(html, report);
		List<Finding> findings = QualityFindings.pairs(report);
		if (!findings.isEmpty()) {
			html.element("h3", "Pairs, worst first");
			QualityPage.findings(html, findings.subList(0, Math.min(SHOWN, findings.size())));
			if (findings.size() > SHOWN) {
				html.open("details").element("summary", "Every scored pair (" + findings.size() + ")");
				table(html, report);
				html.close("details").newline();
			}
		}
		List<PairResult> unscored = report.pairs().stream().filter(p -> Double.isNaN(p.score())).toList();
		if (!unscored.isEmpty()) {
			html.open("details").element("summary", unscored.size() + " pairs not scored, and why");
			html.open("ul");
			for (PairResult pair : unscored) {
				html.element("li", pair.column1() + " / " + pair.column2() + ": " + pair.error());
			}
			html.close("ul").close("details").newline();
		}
	}

	private static void heatmaps(Html html, QualityReport report) {
		CorrelationMatrices matrices = CorrelationMatrices.of(report);
		if (matrices.columns().size() < 2) {
			return;
		}
		String name = report.options().coefficient() == Coefficient.PEARSON ? "Pearson" : "Spearman";
		html.open("div", "class", "heatmaps").newline();
		figure(html, "Real correlations (" + name + ")", matrices.columns(), matrices.real(), false);
		figure(html, "Synthetic correlations (" + name + ")", matrices.columns(), matrices.synthetic(), false);
		figure(html, "Difference |synthetic − real|", matrices.columns(), matrices.difference(), true);
		html.close("div").newline();
		html.element("p", "Grey cells: correlation undefined (a constant or empty column). The difference map is saturated from 0.5"
				+ " (a pair score of 0.75 and below). Hover a cell for its value.",
				"class", "muted");
	}

	private static void figure(Html html, String title, List<String> columns, double[][] values, boolean difference) {
		html.open("figure").element("figcaption", title);
		if (difference) {
			// the size of the gap is what costs score (1 - |d| / 2); its sign is in the tooltips
			HeatmapChart.write(html, title, columns, values, d -> Colors.difference(d, 0.5), 0, 0.5);
		} else {
			HeatmapChart.write(html, title, columns, values, Colors::correlation, -1, 1);
		}
		html.close("figure").newline();
	}

	private static void table(Html html, QualityReport report) {
		Coefficient coefficient = report.options().coefficient();
		html.open("table").open("tr");
		for (String heading : new String[] { "pair", "metric", "score", "real", "synthetic", "counts", "what is off" }) {
			html.element("th", heading);
		}
		html.close("tr").newline();
		List<PairResult> scored = report.pairs().stream().filter(p -> !Double.isNaN(p.score()))
				.sorted(Comparator.comparingDouble(PairResult::score)).toList();
		for (PairResult pair : scored) {
			Finding finding = PairFindings.of(pair, coefficient);
			boolean correlation = PairResult.CORRELATION.equals(pair.metric());
			html.open("tr").element("td", finding.subject()).element("td", pair.metric())
					.element("td", Figures.score(pair.score()), "class", "num")
					.element("td", correlation ? Figures.twoDecimals(pair.realCorrelation(coefficient))
							: "V " + Figures.twoDecimals(pair.realAssociation()), "class", "num")
					.element("td", correlation ? Figures.twoDecimals(pair.syntheticCorrelation(coefficient)) : "-",
							"class", "num")
					.element("td", pair.meetsThreshold() ? "yes" : "no")
					.element("td", finding.sentence()).close("tr").newline();
		}
		html.close("table").newline();
	}
}
