package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.UtilityReport;
import io.wearline.quality.UtilityResult;

/** Thresholds parse from the command line's text and check scores by their stated rules. */
class QualityThresholdsTest {
	private static QualityScores scores(double overall, double shapes, double pairs, double utility, double privacy) {
		return new QualityScores(overall, overall, shapes, pairs, pairs, utility, privacy, 0, Double.NaN, overall);
	}

	@Test
	void textChangesOnlyTheNamedThresholdsAndReadsBackItsOwnForm() {
		QualityThresholds parsed = QualityThresholds.defaults().parse("overall=0.9, privacy=off");
		assertEquals(0.9, parsed.overall());
		assertTrue(Double.isNaN(parsed.privacy()));
		assertEquals(QualityThresholds.defaults().columnShapes(), parsed.columnShapes());
		assertEquals(parsed, QualityThresholds.none().parse(parsed.toString()));
	}

	@Test
	void wrongTextIsRefusedWithTheItemAndWhatToWrite() {
		QualityThresholds defaults = QualityThresholds.defaults();
		for (String[] wrong : List.of(new String[] { "overall", "is not name=value" },
				new String[] { "fidelity=0.9", "unknown threshold 'fidelity'" },
				new String[] { "overall=1.5", "takes a score from 0 to 1 or 'off', not '1.5'" },
				new String[] { "pairs=high", "not 'high'" })) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.parse(wrong[0]));
			assertTrue(e.getMessage().contains(wrong[1]), e.getMessage());
		}
	}

	@Test
	void overallAndShapesMustBeMeasuredTheOthersAreCheckedWhenMeasured() {
		QualityThresholds thresholds = QualityThresholds.defaults();
		assertTrue(thresholds.check(scores(0.85, 0.8, Double.NaN, Double.NaN, Double.NaN)).passed(),
				"unmeasured pairs, utility and privacy are not checked");
		QualityVerdict empty = thresholds.check(scores(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
		assertFalse(empty.passed());
		assertEquals(List.of("overall", "shapes"), empty.failures().stream().map(QualityVerdict.Check::name).toList());
		QualityVerdict poor = thresholds.check(scores(0.85, 0.8, 0.9, 0.5, 0.2));
		assertEquals(List.of("utility 0.500 < 0.80", "privacy 0.200 < 0.50"),
				poor.failures().stream().map(QualityVerdict.Check::describe).toList());
		assertTrue(QualityThresholds.none().check(scores(0.1, 0.1, 0.1, 0.1, 0.1)).passed());
	}

	@Test
	void utilityIsOneMinusTheLargestDropFromTheRealTrainedModel() {
		UtilityResult rul = new UtilityResult("rul", UtilityResult.Task.REGRESSION, "forest", "R2", "MAE", 0.9, 0.6, 10,
				14, 100, 100, 50);
		UtilityResult failed = new UtilityResult("failed", UtilityResult.Task.CLASSIFICATION, "forest", "F1",
				"accuracy", 0.17, 0.12, 0.99, 0.99, 100, 100, 50);
		assertEquals(0.7, QualityScores.utility(new UtilityReport(List.of(rul, failed), List.of(), 1)), 1e-12);
		assertEquals(0.95, QualityScores.utility(new UtilityReport(List.of(failed), List.of(), 1)), 1e-12,
				"two weak models close to each other keep most of their use");
		UtilityResult better = new UtilityResult("rul", UtilityResult.Task.REGRESSION, "forest", "R2", "MAE", 0.5, 0.7,
				10, 9, 100, 100, 50);
		assertEquals(1.0, QualityScores.utility(new UtilityReport(List.of(better), List.of(), 1)));
		assertTrue(Double.isNaN(QualityScores.utility(null)), "not measured");
	}
}
