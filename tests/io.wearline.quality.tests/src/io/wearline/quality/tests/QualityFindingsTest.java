package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.quality.Finding;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityFindings;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/** The one-sentence findings say what is off, with the report's own figures, worst first. */
class QualityFindingsTest {
	private static final ScoringOptions OPTIONS = ScoringOptions.defaults().withContributedMetrics(false);
	private static final int ROWS = 2000;

	private static double[] normal(long seed, double mean, double std) {
		Random random = new Random(seed);
		double[] values = new double[ROWS];
		for (int i = 0; i < ROWS; i++) {
			values[i] = mean + std * random.nextGaussian();
		}
		return values;
	}

	private static Table numbers(String[] names, double[]... columns) {
		Column[] schema = new Column[names.length];
		var values = new java.util.ArrayList<io.wearline.data.ColumnValues>();
		for (int c = 0; c < names.length; c++) {
			schema[c] = Column.of(names[c], ColumnType.DOUBLE);
			values.add(ArrayColumns.doubles(columns[c], ROWS, true));
		}
		return ArrayColumns.table(Schema.of(schema), values);
	}

	private static Finding column(QualityReport report, String name) {
		return QualityFindings.columns(report).stream().filter(f -> f.subject().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void aShiftedColumnIsMeasuredInRealStandardDeviationsAndComesFirst() {
		double[] real = normal(1, 10, 2);
		double[] shifted = normal(2, 12.4, 2);
		double[] same = normal(3, 10, 2);
		QualityReport report = QualityScoring.score(numbers(new String[] { "s3", "s4" }, real, normal(4, 10, 2)),
				numbers(new String[] { "s3", "s4" }, shifted, same), OPTIONS);
		List<Finding> findings = QualityFindings.columns(report);
		assertEquals("s3", findings.get(0).subject(), "the shifted column is the worst");
		double shift = (report.column("s3").orElseThrow().syntheticValues().mean()
				- report.column("s3").orElseThrow().realValues().mean())
				/ report.column("s3").orElseThrow().realValues().standardDeviation();
		assertTrue(findings.get(0).sentence().startsWith(String.format(Locale.ROOT,
				"synthetic values are shifted up by %.1f std", shift)), findings.get(0).sentence());
		assertTrue(findings.get(1).sentence().startsWith("close to the real column"), findings.get(1).sentence());
	}

	@Test
	void aMissingUpperTailIsNamedWithTheRangeCoverage() {
		double[] real = normal(1, 0, 1);
		double[] sorted = real.clone();
		Arrays.sort(sorted);
		double cap = sorted[(int) (ROWS * 0.7)];
		double[] synthetic = normal(2, 0, 1);
		for (int i = 0; i < ROWS; i++) {
			synthetic[i] = Math.min(synthetic[i], cap);
		}
		QualityReport report = QualityScoring.score(numbers(new String[] { "x" }, real),
				numbers(new String[] { "x" }, synthetic), OPTIONS);
		String sentence = column(report, "x").sentence();
		double coverage = report.column("x").orElseThrow().rangeCoverage();
		assertTrue(sentence.contains(String.format(Locale.ROOT, "range coverage %.1f%%", 100 * coverage)
				.replace(".0%", "%") + ": the synthetic data misses the upper tail"), sentence);
	}

	@Test
	void aConstantRealColumnThatTheSyntheticDataSmearsIsSaidSo() {
		double[] real = new double[ROWS];
		Arrays.fill(real, 100);
		double[] synthetic = normal(1, 100, 0.0001);
		QualityReport report = QualityScoring.score(numbers(new String[] { "os3" }, real),
				numbers(new String[] { "os3" }, synthetic), OPTIONS);
		String sentence = column(report, "os3").sentence();
		assertTrue(sentence.startsWith("the real column holds one value (100) but 100.0% of synthetic values differ"),
				sentence);
	}

	@Test
	void aWeakenedCorrelationGivesBothCoefficients() {
		double[] a = normal(1, 0, 1);
		double[] noise = normal(2, 0, 1);
		double[] realB = new double[ROWS];
		double[] syntheticB = new double[ROWS];
		for (int i = 0; i < ROWS; i++) {
			realB[i] = 0.9 * a[i] + 0.4 * noise[i];
			syntheticB[i] = 0.3 * a[i] + 0.9 * noise[i];
		}
		String[] names = { "os1", "s2" };
		QualityReport report = QualityScoring.score(numbers(names, a, realB), numbers(names, a, syntheticB), OPTIONS);
		Finding pair = QualityFindings.pairs(report).get(0);
		PairResult result = report.pair("os1", "s2").orElseThrow();
		assertEquals("os1 / s2", pair.subject());
		assertEquals(String.format(Locale.ROOT, "correlation (Pearson) real %.2f, synthetic %.2f: the synthetic data"
				+ " loses most of the relation.", result.realPearson(), result.syntheticPearson()), pair.sentence());
		assertEquals(result.score(), pair.score());
	}

	@Test
	void aCategoryTheSyntheticDataNeverProducesIsNamed() {
		int[] real = new int[ROWS];
		int[] synthetic = new int[ROWS];
		for (int i = 0; i < ROWS; i++) {
			real[i] = i % 10 == 0 ? 2 : i % 2;
			synthetic[i] = i % 2;
		}
		List<String> labels = List.of("idle", "cruise", "bearing_wear");
		Schema schema = Schema.of(Column.of("mode", ColumnType.CATEGORICAL));
		QualityReport report = QualityScoring.score(
				ArrayColumns.table(schema, List.of(ArrayColumns.categories(real, labels, ROWS))),
				ArrayColumns.table(schema, List.of(ArrayColumns.categories(synthetic, labels, ROWS))), OPTIONS);
		String sentence = column(report, "mode").sentence();
		assertTrue(sentence.startsWith("the synthetic data never produces 'bearing_wear' (10.0% of real rows)"),
				sentence);
	}

	@Test
	void findingsAreOrderedWorstFirstOnFd001() {
		QualityReport report = QualityScoring.score(Fd001.real(), Fd001.synthetic(), OPTIONS);
		List<Finding> columns = QualityFindings.columns(report);
		assertEquals(report.columns().size(), columns.size());
		for (int i = 1; i < columns.size(); i++) {
			assertTrue(columns.get(i - 1).score() <= columns.get(i).score(), columns.get(i).subject());
		}
		List<Finding> pairs = QualityFindings.pairs(report);
		assertEquals(report.pairs().stream().filter(p -> !Double.isNaN(p.score())).count(), pairs.size());
		for (int i = 1; i < pairs.size(); i++) {
			assertTrue(pairs.get(i - 1).score() <= pairs.get(i).score(), pairs.get(i).subject());
		}
	}
}
