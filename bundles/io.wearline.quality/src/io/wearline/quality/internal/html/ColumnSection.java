package io.wearline.quality.internal.html;

import java.util.ArrayList;
import java.util.List;

import io.wearline.quality.ColumnKind;
import io.wearline.quality.ColumnResult;
import io.wearline.quality.Finding;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.internal.Figures;

/** One card per column, worst score first: its score, what is off, its histogram and its other figures. */
final class ColumnSection {
	private ColumnSection() {
	}

	static void write(Html html, QualityReport report) {
		if (report.columns().isEmpty()) {
			return;
		}
		html.element("h2", "Column Shapes: every column, worst first", "id", "columns").newline();
		legend(html);
		html.open("div", "class", "grid").newline();
		for (Finding finding : QualityFindings.columns(report)) {
			ColumnResult column = report.column(finding.subject()).orElseThrow();
			html.open("div", "class", "column", "id", "column-" + finding.subject());
			html.open("h3").text(column.column() + " ").element("span", column.metric() + " "
					+ Figures.score(column.score()), "class", column.isScored() ? "muted" : "fail").close("h3");
			html.element("p", finding.sentence());
			HistogramChart.write(html, column.column(), column.histogram());
			html.element("div", figures(column), "class", "figures");
			html.close("div").newline();
		}
		html.close("div").newline();
	}

	static void legend(Html html) {
		html.open("p", "class", "legend").text("Share of values per bin or category:")
				.element("span", "", "style", "background:" + Colors.REAL).text("real")
				.element("span", "", "style", "background:" + Colors.SYNTHETIC).text("synthetic").close("p").newline();
	}

	private static String figures(ColumnResult column) {
		List<String> parts = new ArrayList<>();
		parts.add("real / synthetic: missing " + Figures.percent(column.missingReal()) + " / " + Figures.percent(
				column.missingSynthetic()));
		if (column.kind() == ColumnKind.NUMERICAL) {
			parts.add("mean " + String.join(" / ", Figures.distinct(column.realValues().mean(),
					column.syntheticValues().mean())));
			parts.add("std " + String.join(" / ", Figures.distinct(column.realValues().standardDeviation(),
					column.syntheticValues().standardDeviation())));
			parts.add("normalised Wasserstein " + Figures.score(column.wasserstein()));
			parts.add("range coverage " + Figures.percent(column.rangeCoverage()));
			parts.add("within the real range " + Figures.percent(column.boundaryAdherence()));
		} else {
			parts.add("category coverage " + Figures.percent(column.categoryCoverage()));
			parts.add("real categories " + Figures.percent(column.categoryAdherence()));
		}
		parts.add("Jensen–Shannon " + Figures.score(column.jensenShannon()));
		if (column.constantReal() || column.constantSynthetic()) {
			parts.add("constant in " + (column.constantReal() && column.constantSynthetic() ? "both tables"
					: column.constantReal() ? "the real table" : "the synthetic table"));
		}
		return String.join(" · ", parts);
	}
}
