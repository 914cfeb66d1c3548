package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.quality.ContributedResult;
import io.wearline.quality.NoteKind;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/** Metrics contributed through io.wearline.quality.metrics (by this fragment's fragment.xml) appear in reports. */
class ContributedMetricTest {
	private final Table real = Tables.doubles(Tables.line(40, 0, 1), Tables.line(40, 5, -2));
	private final Table synthetic = Tables.doubles(Tables.line(10, 0, 4), Tables.line(10, 5, -8));

	@Test
	void aContributedMetricIsInEveryReport() {
		QualityReport report = QualityScoring.score(real, synthetic, ScoringOptions.defaults());
		ContributedResult ratio = find(report, "io.wearline.quality.tests.rowRatio");
		assertEquals("Row ratio", ratio.name());
		assertEquals("io.wearline.quality", ratio.contributor(), "a fragment contributes through its host");
		assertEquals(0.25, ratio.score(), 1e-12);
		assertEquals(10.0, ratio.figures().get("syntheticRows"));
		assertFalse(ratio.failed());
	}

	@Test
	void aFailingMetricIsReportedAndTheRestOfTheReportStands() {
		QualityReport report = QualityScoring.score(real, synthetic, ScoringOptions.defaults());
		ContributedResult broken = find(report, "io.wearline.quality.tests.broken");
		assertTrue(broken.failed());
		assertTrue(Double.isNaN(broken.score()));
		assertTrue(broken.summary().contains("broken on purpose"), broken.summary());
		assertTrue(report.notes(NoteKind.METRIC_FAILED).stream()
				.anyMatch(n -> n.subject().equals("io.wearline.quality.tests.broken")));
		assertEquals(1.0, report.properties().columnPairTrends(), 1e-12, "two lines correlate perfectly in both");
	}

	@Test
	void contributedMetricsCanBeLeftOut() {
		QualityReport report = QualityScoring.score(real, synthetic,
				ScoringOptions.defaults().withContributedMetrics(false));
		assertTrue(report.contributed().isEmpty());
	}

	private static ContributedResult find(QualityReport report, String id) {
		return report.contributed().stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not in " + report.contributed()));
	}
}
