package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.ColumnValues;
import io.wearline.data.Table;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PrivacyResult;
import io.wearline.quality.PrivacyScoring;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.SequenceResult;

/** Privacy (DCR, exact copies) and sequence fidelity on simulated fleets of one machine. */
class PrivacyAndSequenceTest {
	private static final ScoringOptions OPTIONS = ScoringOptions.defaults().withContributedMetrics(false)
			.withPrivacyRows(1500);
	private final Table training = Seeds.fleet(12, 1);
	private final Table holdout = Seeds.fleet(12, 2);

	@Test
	void copiesOfTheTrainingRowsAreCaughtAndScoreZero() {
		// every row, so that each synthetic row meets its own copy (subsamples of both sides would miss some)
		ScoringOptions everyRow = OPTIONS.withPrivacyRows(training.rowCount());
		PrivacyResult privacy = QualityScoring.score(training, training, holdout, everyRow, null).privacy();
		assertEquals(1.0, privacy.exactCopies());
		assertEquals(1.0, privacy.closerToTraining());
		assertEquals(0.0, privacy.score());
		assertEquals(0.0, privacy.medianDcrTraining());
	}

	@Test
	void freshRowsOfTheSameMachineAreNoCloserToTrainingThanToTheHoldout() {
		PrivacyResult privacy = QualityScoring.score(training, Seeds.fleet(12, 3), holdout, OPTIONS, null).privacy();
		assertEquals(0.0, privacy.exactCopies());
		assertTrue(privacy.closerToTraining() > 0.3 && privacy.closerToTraining() < 0.7, privacy::toString);
		assertTrue(privacy.score() > 0.6, privacy::toString);
		assertTrue(privacy.medianDcrTraining() > 0, privacy::toString);
		assertEquals(1500, privacy.syntheticRows());
	}

	@Test
	void privacyAloneGivesTheSameFiguresAsTheReport() {
		Table fresh = Seeds.fleet(12, 3);
		List<io.wearline.quality.Note> notes = new ArrayList<>();
		PrivacyResult alone = PrivacyScoring.score(training, fresh, holdout, OPTIONS, notes);
		assertEquals(QualityScoring.score(training, fresh, holdout, OPTIONS, null).privacy(), alone);
		assertTrue(notes.stream().anyMatch(n -> n.kind() == NoteKind.SUBSAMPLED), notes::toString);
	}

	@Test
	void withoutAHoldoutOnlyCopiesAreMeasured() {
		QualityReport report = QualityScoring.score(training, training, null, OPTIONS, null);
		assertTrue(Double.isNaN(report.privacy().score()));
		assertEquals(1.0, report.privacy().exactCopies());
		assertEquals(1, report.notes(NoteKind.NO_HOLDOUT).size());
	}

	@Test
	void fleetsOfOneMachineHaveAlikeSequences() {
		SequenceResult sequence = QualityScoring.score(training, holdout, OPTIONS).sequence();
		assertTrue(sequence.syntheticHasSequence());
		assertEquals(12, sequence.realUnits());
		assertEquals(12, sequence.syntheticUnits());
		assertEquals(8, sequence.columns().size(), "s1..s6, health and rul (failed is BOOLEAN): " + sequence.columns());
		SequenceResult.SequenceColumn rul = sequence.columns().stream().filter(c -> c.column().equals("rul"))
				.findFirst().orElseThrow();
		assertEquals(-1.0, rul.realSlope(), 1e-9, "the remaining life falls one cycle per cycle");
		assertEquals(1.0, rul.trendScore(), 1e-9);
		assertTrue(sequence.score() > 0.7, sequence::toString);
	}

	@Test
	void rowsWithoutUnitsOrOfOneRowPerUnitCarryNoSequence() {
		List<String> names = new ArrayList<>();
		training.schema().columns().forEach(c -> names.add(c.name()));
		names.remove("unit");
		QualityReport withoutUnits = QualityScoring.score(training, holdout.select(names.toArray(String[]::new)),
				OPTIONS);
		assertFalse(withoutUnits.sequence().syntheticHasSequence());
		assertTrue(withoutUnits.notes(NoteKind.NO_SEQUENCE).get(0).message().contains("no numeric 'unit'"));

		int rows = holdout.rowCount();
		int[] unitPerRow = new int[rows];
		for (int i = 0; i < rows; i++) {
			unitPerRow[i] = i;
		}
		List<ColumnValues> columns = new ArrayList<>();
		for (int c = 0; c < holdout.columnCount(); c++) {
			columns.add(c == 0 ? ArrayColumns.ints(unitPerRow, rows) : holdout.column(c));
		}
		Table scattered = ArrayColumns.table(holdout.schema(), columns);
		QualityReport oneRowUnits = QualityScoring.score(training, scattered, OPTIONS);
		assertFalse(oneRowUnits.sequence().syntheticHasSequence());
		assertTrue(oneRowUnits.sequence().columns().isEmpty());
		assertEquals(0.0, oneRowUnits.sequence().lifeLength(), 1e-12, "every synthetic life is one row");
		assertTrue(oneRowUnits.notes(NoteKind.NO_SEQUENCE).get(0).message().contains("1.0 row(s)"));
	}

	@Test
	void tablesWithoutUnitsHaveNoSequenceResult() {
		assertNull(QualityScoring.score(Fd001.real(), Fd001.synthetic(), OPTIONS).sequence());
	}
}
