package io.wearline.quality.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wearline.quality.Finding;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityReportJson;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.internal.Figures;

/**
 * The quality report as one page: the verdict and the scores, the worst columns and pairs, the columns' histograms,
 * the correlation heatmaps and the pairs, utility, privacy, sequence fidelity, contributed metrics and notes.
 */
public final class QualityPage {
	/** How many columns and pairs the "what is off" lists name. */
	private static final int WORST = 5;

	private QualityPage() {
	}

	/**
	 * The page of a report.
	 *
	 * @param report the report
	 * @param sources what was scored, by role, as given to the JSON writer
	 * @param thresholds the thresholds the summary checks
	 * @param version the version of the quality bundle, for the footer
	 */
	public static String render(QualityReport report, Map<String, String> sources, QualityThresholds thresholds,
			String version) {
		Html html = new Html();
		String synthetic = sources.getOrDefault("synthetic", "synthetic data");
		String real = sources.getOrDefault("real", "real data");
		String machine = sources.get("machine");
		PageFrame.open(html, "Quality of " + (machine != null ? machine : synthetic));
		html.element("h1", machine != null ? "Quality report of machine " + machine : "Quality report");
		html.element("p", synthetic + " against " + real, "class", "sub").newline();
		QualityVerdict verdict = thresholds.check(report);
		SummarySection.write(html, report, verdict);
		worst(html, report);
		ColumnSection.write(html, report);
		PairSection.write(html, report);
		DetailSections.utility(html, report, verdict);
		DetailSections.privacy(html, report, verdict);
		DetailSections.sequence(html, report);
		DetailSections.contributed(html, report);
		DetailSections.notes(html, report);
		DetailSections.sources(html, report, sources, thresholds);
		PageFrame.close(html, String.format(Locale.ROOT, "Made by Wearline quality %s; scores reproduce SDMetrics %s;"
				+ " scored in %.2f s.", version, QualityReportJson.SDMETRICS_VERSION, report.seconds()));
		return html.toString();
	}

	private static void worst(Html html, QualityReport report) {
		List<Finding> columns = QualityFindings.columns(report).stream().filter(Finding::isScored).toList();
		List<Finding> pairs = QualityFindings.pairs(report);
		if (columns.isEmpty() && pairs.isEmpty()) {
			return;
		}
		html.element("h2", "What is off: the worst columns and pairs", "id", "worst").newline();
		if (!columns.isEmpty()) {
			html.element("h3", "Columns");
			findings(html, columns.subList(0, Math.min(WORST, columns.size())));
		}
		if (!pairs.isEmpty()) {
			html.element("h3", "Pairs");
			findings(html, pairs.subList(0, Math.min(WORST, pairs.size())));
		}
	}

	static void findings(Html html, List<Finding> findings) {
		html.open("ol", "class", "worst").newline();
		for (Finding finding : findings) {
			html.open("li").open("strong").text(finding.subject()).close("strong").text(" ")
					.element("span", "(" + Figures.score(finding.score()) + ")", "class", "muted").text(": "
							+ finding.sentence())
					.close("li").newline();
		}
		html.close("ol").newline();
	}
}
