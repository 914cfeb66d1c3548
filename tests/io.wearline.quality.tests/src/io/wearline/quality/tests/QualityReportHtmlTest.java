package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.quality.ColumnResult;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityReportHtml;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.UtilityOptions;
import io.wearline.quality.UtilityScoring;

/** quality.html: self-contained, well-formed, a chart per column and three heatmaps, worst first, escaped. */
class QualityReportHtmlTest {
	private static final ScoringOptions OPTIONS = ScoringOptions.defaults().withContributedMetrics(false);

	@TempDir
	Path folder;

	static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
	}

	static List<Element> withClass(Document document, String tag, String className) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			if (List.of(element.getAttribute("class").split(" ")).contains(className)) {
				found.add(element);
			}
		}
		return found;
	}

	@Test
	void theFd001PageIsSelfContainedWellFormedAndDrawsEveryColumnAndBothCorrelationMatrices() throws Exception {
		QualityReport report = QualityScoring.score(Fd001.real(), Fd001.synthetic(), OPTIONS);
		Path file = folder.resolve("reports/quality.html");
		QualityReportHtml.write(report, Map.of("real", "train_FD001.txt", "synthetic", "tvae.csv"), file);
		String html = Files.readString(file, StandardCharsets.UTF_8);
		Document page = parse(html);

		assertEquals(report.columns().size(), withClass(page, "svg", "histogram").size(), "one histogram per column");
		List<Element> heatmaps = withClass(page, "svg", "heatmap");
		assertEquals(3, heatmaps.size(), "real, synthetic and their difference");
		int numeric = report.columns().size(); // FD001's 24 columns are all numbers
		for (Element heatmap : heatmaps) {
			assertEquals(numeric * numeric, heatmap.getElementsByTagName("rect").getLength() - 20,
					"a cell per pair, besides the 20 steps of the legend");
		}
		for (String external : List.of("http://", "https://", "<script", "<link", " src=", "url(")) {
			assertFalse(html.contains(external), "the page must not load anything: found " + external);
		}
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains(QualityThresholds.defaults().check(report).passed() ? "PASS" : "FAIL"));

		List<String> cards = new ArrayList<>();
		for (Element card : withClass(page, "div", "column")) {
			cards.add(card.getAttribute("id").substring("column-".length()));
		}
		List<String> worstFirst = QualityFindings.columns(report).stream().map(f -> f.subject()).toList();
		assertEquals(worstFirst, cards, "column cards are in the order of the findings");
		for (int i = 1; i < cards.size(); i++) {
			assertTrue(score(report, cards.get(i - 1)) <= score(report, cards.get(i)), "worst first at " + cards.get(i));
		}
		ColumnResult worst = report.columns().stream().min((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
		Element firstListed = (Element) page.getElementsByTagName("ol").item(0);
		assertTrue(firstListed.getTextContent().strip().startsWith(worst.column() + " "),
				"the worst column is named first: " + firstListed.getTextContent());
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left beside it");
		}
	}

	private static double score(QualityReport report, String column) {
		return report.column(column).orElseThrow().score();
	}

	@Test
	void columnNamesLabelsAndSourcesAreEscaped() throws Exception {
		String odd = "a<b>&\"c'";
		String label = "<script>alert(1)</script>";
		Table real = table(odd, label, 0);
		Table synthetic = table(odd, label, 0.5);
		QualityReport report = QualityScoring.score(real, synthetic, OPTIONS);
		String html = QualityReportHtml.toHtml(report, Map.of("real", "<real & co>.csv", "synthetic", "s.csv"),
				QualityThresholds.defaults());
		Document page = parse(html);
		assertFalse(html.contains("<script>"), "a label must not become markup");
		assertTrue(html.contains("&lt;script&gt;"));
		assertTrue(page.getElementsByTagName("body").item(0).getTextContent().contains(odd),
				"the name reads back as written");
		assertTrue(page.getElementsByTagName("body").item(0).getTextContent().contains("<real & co>.csv"));
		assertEquals(2, withClass(page, "svg", "histogram").size());
	}

	/** A numeric column of that name (values shifted by {@code shift}) and a categorical one with that label. */
	private static Table table(String numeric, String label, double shift) {
		int rows = 400;
		double[] values = new double[rows];
		int[] codes = new int[rows];
		for (int r = 0; r < rows; r++) {
			values[r] = Math.sin(r) * 3 + shift;
			codes[r] = r % 3;
		}
		List<ColumnValues> columns = List.of(ArrayColumns.doubles(values, rows, true),
				ArrayColumns.categories(codes, List.of("plain", label, "x&y"), rows));
		return ArrayColumns.table(Schema.of(Column.of(numeric, ColumnType.DOUBLE), Column.of("kind",
				ColumnType.CATEGORICAL)), columns);
	}

	@Test
	void theSequenceSectionSaysWhenSyntheticRowsCarryNoSequence() throws Exception {
		Table real = Seeds.fleet(6, 1);
		List<String> noSequence = real.schema().columns().stream().map(Column::name)
				.filter(n -> !n.equals("unit") && !n.equals("cycle")).toList();
		Table synthetic = Seeds.fleet(6, 2).select(noSequence.toArray(String[]::new));
		String html = QualityReportHtml.toHtml(QualityScoring.score(real, synthetic, OPTIONS), Map.of(),
				QualityThresholds.defaults());
		assertTrue(html.contains("The synthetic rows carry no sequence"), html);
		parse(html);

		String withoutUnits = QualityReportHtml.toHtml(QualityScoring.score(real.select(noSequence.toArray(
				String[]::new)), synthetic, OPTIONS), Map.of(), QualityThresholds.defaults());
		assertTrue(withoutUnits.contains("has no unit and cycle columns"));
	}

	@Test
	void utilityAndPrivacyAreSummarisedWhenMeasured() throws Exception {
		Table real = Seeds.fleet(12, 1);
		Table synthetic = Seeds.fleet(12, 2);
		Table holdout = Seeds.fleet(6, 3);
		QualityReport report = QualityScoring.score(real, synthetic, holdout, OPTIONS, null)
				.withUtility(UtilityScoring.score(real, synthetic, holdout, UtilityOptions.defaults(), null));
		String html = QualityReportHtml.toHtml(report, Map.of(), QualityThresholds.defaults());
		Document page = parse(html);
		String cards = withClass(page, "div", "cards").get(0).getTextContent();
		assertTrue(cards.contains("Utility") && cards.contains("Privacy") && cards.contains("Sequence"), cards);
		String text = page.getElementsByTagName("body").item(0).getTextContent();
		for (var result : report.utility().results()) {
			assertTrue(text.contains(result.target()), "a utility row for " + result.target());
		}
		assertTrue(text.contains("DCR overfitting protection " + String.format(java.util.Locale.ROOT, "%.3f",
				report.privacy().score())));
	}

	@Test
	void anEmptyTableGivesAFailingPageWithItsNote() throws Exception {
		Table real = Seeds.fleet(3, 1);
		QualityReport report = QualityScoring.score(real, real.slice(0, 0), OPTIONS);
		String html = QualityReportHtml.toHtml(report, Map.of(), QualityThresholds.defaults());
		parse(html);
		assertTrue(html.contains("FAIL"));
		assertTrue(html.contains("EMPTY_TABLE"));
		assertTrue(html.contains("overall not measured (required)"));
	}
}
