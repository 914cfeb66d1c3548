package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.ColumnResult;
import io.wearline.quality.Coefficient;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/** Column and pair figures on tables small enough to work out by hand. */
class ColumnMetricsTest {
	private static final ScoringOptions ALL_PAIRS = ScoringOptions.defaults().withThresholds(0, 0)
			.withContributedMetrics(false);

	@Test
	void shiftedNumbersScoreAsWorkedOut() {
		Table real = Tables.doubles(new Double[] { 1.0, 2.0, 3.0, 4.0 });
		Table synthetic = Tables.doubles(new Double[] { 3.0, 4.0, 5.0, 6.0 });
		ColumnResult a = QualityScoring.score(real, synthetic, ALL_PAIRS).column("a").orElseThrow();
		assertEquals("KSComplement", a.metric());
		assertEquals(ColumnKind.NUMERICAL, a.kind());
		assertEquals(0.5, a.score(), 1e-15, "the CDFs differ by at most 1/2, at 2, 3 and 4");
		assertEquals(2.0 / 3, a.wasserstein(), 1e-15, "shifted by 2 over a real range of 3");
		assertEquals(1.0 / 3, a.rangeCoverage(), 1e-15, "the synthetic values leave 1..3 of 1..4 uncovered");
		assertEquals(0.5, a.boundaryAdherence(), 1e-15, "3 and 4 are within 1..4, 5 and 6 are not");
		assertTrue(a.jensenShannon() > 0 && a.jensenShannon() < 1, "overlapping histograms");
		assertEquals(21, a.histogram().edges().size(), "20 bins from 1 to 6");
		assertEquals(1.0, a.histogram().edges().get(0));
		assertEquals(6.0, a.histogram().edges().get(20));
		assertEquals(0.25, a.histogram().real().get(0), 1e-15, "1 alone in the first bin");
		assertEquals(0.25, a.histogram().synthetic().get(19), 1e-15, "6 alone in the last");
		assertNull(a.error());
	}

	@Test
	void identicalColumnsScoreOneAndDisjointHistogramsDivergeFully() {
		Table real = Tables.doubles(new Double[] { 1.0, 2.0, 2.0, 7.0 }, new Double[] { 0.0, 0.0, 1.0, 1.0 });
		QualityReport same = QualityScoring.score(real, real, ALL_PAIRS);
		ColumnResult a = same.column("a").orElseThrow();
		assertEquals(1.0, a.score());
		assertEquals(0.0, a.wasserstein());
		assertEquals(0.0, a.jensenShannon(), 1e-15);
		Table far = Tables.doubles(new Double[] { 100.0, 101.0, 101.0, 107.0 }, new Double[] { 0.0, 1.0, 0.0, 1.0 });
		ColumnResult apart = QualityScoring.score(real, far, ALL_PAIRS).column("a").orElseThrow();
		assertEquals(0.0, apart.score());
		assertEquals(1.0, apart.jensenShannon(), 1e-12);
		assertEquals(0.0, apart.boundaryAdherence());
	}

	@Test
	void categoriesAreComparedByLabelWithSdmetricsRegularisationOfUnseenLabels() {
		Table real = labels("x", "x", "y", "y");
		Table synthetic = labels("z", "x", "z", "z");
		ColumnResult c = QualityScoring.score(real, synthetic, ALL_PAIRS).column("c").orElseThrow();
		assertEquals("TVComplement", c.metric());
		// |1/4 - 2/(4+1e-6)| + |0 - 2/(4+1e-6)| + |3/4 - 1e-6/(4+1e-6)|, halved, from 1
		double total = 4 + 1e-6;
		double expected = 1 - 0.5 * (Math.abs(0.25 - 2 / total) + 2 / total + Math.abs(0.75 - 1e-6 / total));
		assertEquals(expected, c.score(), 1e-15);
		assertEquals(0.5, c.categoryCoverage(), 1e-15, "x of x and y");
		assertEquals(0.25, c.categoryAdherence(), 1e-15, "one of four synthetic values is a real label");
		assertEquals(java.util.List.of("x", "y", "z"), c.histogram().labels(), "real labels first");
		assertEquals(java.util.List.of(0.5, 0.5, 0.0), c.histogram().real());
		assertEquals(java.util.List.of(0.25, 0.0, 0.75), c.histogram().synthetic());
	}

	@Test
	void pearsonAndSpearmanAreBothReportedAndTheOptionChoosesTheScore() {
		Double[] x = Tables.line(50, 0, 1);
		Double[] cubes = new Double[50];
		Double[] reversed = new Double[50];
		for (int i = 0; i < 50; i++) {
			cubes[i] = Math.pow(i - 25, 3);
			reversed[i] = -x[i];
		}
		Table real = Tables.doubles(x, cubes);
		Table synthetic = Tables.doubles(x, reversed);
		PairResult pearson = QualityScoring.score(real, synthetic, ALL_PAIRS).pair("a", "b").orElseThrow();
		assertEquals(1.0, pearson.realSpearman(), 1e-12, "a monotone relation ranks perfectly");
		assertTrue(pearson.realPearson() < 0.95 && pearson.realPearson() > 0.8, "but is not a line");
		assertEquals(-1.0, pearson.syntheticPearson(), 1e-12);
		assertEquals(1 - (pearson.realPearson() + 1) / 2, pearson.score(), 1e-12);
		PairResult spearman = QualityScoring.score(real, synthetic, ALL_PAIRS.withCoefficient(Coefficient.SPEARMAN))
				.pair("a", "b").orElseThrow();
		assertEquals(0.0, spearman.score(), 1e-12, "rho 1 against -1");
	}

	@Test
	void aNumericColumnPairedWithCategoriesIsBinnedAndScoredByContingency() {
		Table real = mixed(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, "lo", "lo", "lo", "lo", "lo", "hi", "hi",
				"hi", "hi", "hi");
		QualityReport same = QualityScoring.score(real, real, ALL_PAIRS);
		PairResult pair = same.pair("v", "c").orElseThrow();
		assertEquals(PairResult.CONTINGENCY, pair.metric());
		assertEquals(1.0, pair.score(), 1e-15);
		assertEquals(1.0, pair.realAssociation(), 1e-12, "the bin decides the label: Cramér's V is 1");
		Table swapped = mixed(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, "hi", "hi", "hi", "hi", "hi", "lo", "lo",
				"lo", "lo", "lo");
		assertEquals(0.0, QualityScoring.score(real, swapped, ALL_PAIRS).pair("v", "c").orElseThrow().score(), 1e-15,
				"every joint cell moves");
		assertFalse(QualityScoring.score(real, swapped, ScoringOptions.defaults().withThresholds(0.5, 1)).pair("v", "c")
				.orElseThrow().meetsThreshold(), "V = 1 does not exceed an association threshold of 1");
	}

	private static Table labels(String... values) {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("c", ColumnType.CATEGORICAL)));
		for (String value : values) {
			builder.addRow(value);
		}
		return builder.build();
	}

	private static Table mixed(double[] numbers, String... labels) {
		TableBuilder builder = new TableBuilder(
				Schema.of(Column.of("v", ColumnType.DOUBLE), Column.of("c", ColumnType.CATEGORICAL)));
		for (int i = 0; i < numbers.length; i++) {
			builder.addRow(numbers[i], labels[i]);
		}
		return builder.build();
	}
}
