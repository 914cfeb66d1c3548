package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/** Each kind of bad input is handled by its stated rule, with a note that names the column and what to do. */
class BadInputTest {
	private static final ScoringOptions OPTIONS = ScoringOptions.defaults().withThresholds(0, 0)
			.withContributedMetrics(false);
	private final Table real = Tables.doubles(Tables.line(30, 0, 1), Tables.line(30, 3, 2));

	@Test
	void aColumnMissingFromTheSyntheticTableIsNotScoredAndSaysSo() {
		Table synthetic = Tables.doubles(Tables.line(30, 0, 1));
		QualityReport report = QualityScoring.score(real, synthetic, OPTIONS);
		assertEquals(List.of("a"), report.columns().stream().map(c -> c.column()).toList());
		assertTrue(report.pairs().isEmpty());
		Note note = only(report, NoteKind.MISSING_COLUMN);
		assertEquals("b", note.subject());
		assertTrue(note.message().contains("'b'") && note.message().contains("not in the synthetic table"),
				note.message());
		assertEquals(1.0, report.overall(), 1e-15, "what is scored still scores");
	}

	@Test
	void aColumnOfAnotherKindIsNotScoredButWiderNumbersAre() {
		TableBuilder builder = new TableBuilder(
				Schema.of(Column.of("a", ColumnType.INT), Column.of("b", ColumnType.CATEGORICAL)));
		for (int i = 0; i < 30; i++) {
			builder.addRow(i, i % 2 == 0 ? "even" : "odd");
		}
		QualityReport report = QualityScoring.score(real, builder.build(), OPTIONS);
		assertEquals(1.0, report.column("a").orElseThrow().score(), "INT 0..29 against DOUBLE 0..29");
		Note note = only(report, NoteKind.TYPE_MISMATCH);
		assertTrue(note.message().contains("DOUBLE in the real table but CATEGORICAL in the synthetic table"),
				note.message());
		assertTrue(report.column("b").isEmpty());
	}

	@Test
	void anEmptyTableScoresNothing() {
		Table empty = real.slice(0, 0);
		QualityReport report = QualityScoring.score(real, empty, OPTIONS);
		assertTrue(Double.isNaN(report.overall()));
		assertTrue(report.columns().isEmpty());
		assertEquals("synthetic", only(report, NoteKind.EMPTY_TABLE).subject());
		assertEquals("real", only(QualityScoring.score(empty, real, OPTIONS), NoteKind.EMPTY_TABLE).subject());
	}

	@Test
	void anAllMissingColumnIsNotScoredNorAreItsCorrelations() {
		Double[] nothing = new Double[30];
		Table synthetic = Tables.doubles(Tables.line(30, 0, 1), nothing);
		QualityReport report = QualityScoring.score(real, synthetic, OPTIONS);
		assertFalse(report.column("b").orElseThrow().isScored());
		assertEquals(1.0, report.column("b").orElseThrow().missingSynthetic());
		PairResult pair = report.pair("a", "b").orElseThrow();
		assertTrue(pair.error().startsWith("ValueError"), pair.error());
		assertFalse(pair.countsInAllPairs());
		assertTrue(Double.isNaN(report.properties().columnPairTrends()));
		assertEquals(1.0, report.overall(), 1e-15, "np.nanmean of the properties: Column Shapes alone");
		assertTrue(only(report, NoteKind.ALL_MISSING).message().contains("synthetic table"));
	}

	@Test
	void aColumnConstantOnlyInTheSyntheticTableLeavesItsPairsUnscoredAsSdmetricsDoes() {
		Table synthetic = Tables.doubles(Tables.line(30, 0, 1), Tables.constant(30, 3));
		QualityReport report = QualityScoring.score(real, synthetic, OPTIONS);
		PairResult pair = report.pair("a", "b").orElseThrow();
		assertEquals("ConstantInputError: The synthetic data in column 'b' contains a constant value. Correlation is"
				+ " undefined for constant data.", pair.error());
		assertTrue(report.column("b").orElseThrow().constantSynthetic());
		assertTrue(only(report, NoteKind.CONSTANT_COLUMN).message().contains("the synthetic table"));
	}

	@Test
	void missingValuesAreLeftOutOfShapesAndPairsAndCounted() {
		Double[] gappy = Tables.line(30, 3, 2);
		gappy[4] = null;
		gappy[9] = null;
		Table synthetic = Tables.doubles(Tables.line(30, 0, 1), gappy);
		QualityReport report = QualityScoring.score(real, synthetic, OPTIONS);
		assertEquals(2.0 / 30, report.column("b").orElseThrow().missingSynthetic(), 1e-15);
		assertEquals(1.0, report.pair("a", "b").orElseThrow().score(), 1e-12, "the complete rows lie on a line");
	}

	@Test
	void textColumnsAndColumnsOnlyInTheSyntheticTableAreNoted() {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("a", ColumnType.DOUBLE),
				Column.of("id", ColumnType.STRING), Column.of("extra", ColumnType.DOUBLE)));
		TableBuilder realBuilder = new TableBuilder(
				Schema.of(Column.of("a", ColumnType.DOUBLE), Column.of("id", ColumnType.STRING)));
		for (int i = 0; i < 5; i++) {
			builder.addRow((double) i, "u" + i, 1.0);
			realBuilder.addRow((double) i, "r" + i);
		}
		QualityReport report = QualityScoring.score(realBuilder.build(), builder.build(), OPTIONS);
		assertEquals("id", only(report, NoteKind.TEXT_COLUMN).subject());
		assertEquals("extra", only(report, NoteKind.EXTRA_COLUMN).subject());
		assertEquals(1, report.columns().size());
	}

	private static Note only(QualityReport report, NoteKind kind) {
		List<Note> notes = report.notes(kind);
		assertEquals(1, notes.size(), () -> kind + " in " + report.notes());
		return notes.get(0);
	}
}
