package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.ColumnValues;
import io.wearline.data.IntValues;
import io.wearline.data.Table;
import io.wearline.quality.NoteKind;
import io.wearline.quality.UtilityOptions;
import io.wearline.quality.UtilityReport;
import io.wearline.quality.UtilityResult;
import io.wearline.quality.UtilityScoring;
import io.wearline.quality.UtilityTarget;

/** Train on synthetic, test on real, against train on real, on simulated fleets of one machine. */
class UtilityTest {
	private final Table real = Seeds.fleet(30, 1);
	private final Table holdout = Seeds.fleet(10, 9);

	@Test
	void aFleetOfTheSameMachineTrainsModelsAsGoodAsTheRealOne() {
		UtilityReport report = UtilityScoring.score(real, Seeds.fleet(30, 2), holdout, UtilityOptions.defaults(), null);
		UtilityResult rul = result(report, "rul");
		assertEquals(UtilityResult.Task.REGRESSION, rul.task());
		assertEquals("R2", rul.primaryMetric());
		assertTrue(rul.realPrimary() > 0.5, rul::toString);
		assertTrue(rul.primaryRatio() > 0.8 && rul.primaryRatio() < 1.25, rul::toString);
		assertTrue(rul.realSecondary() > 0, "a mean absolute error in cycles");
		assertEquals(holdout.rowCount(), rul.testRows(), "the holdout is the test set");
		UtilityResult failed = result(report, "failed");
		assertEquals("F1", failed.primaryMetric());
		assertTrue(failed.realSecondary() > 0.9 && failed.syntheticSecondary() > 0.9, failed::toString);
		assertTrue(failed.realPrimary() >= 0 && failed.realPrimary() <= 1, failed::toString);
	}

	@Test
	void syntheticRowsWhoseTargetIsScrambledTrainAUselessModel() {
		UtilityOptions rulOnly = UtilityOptions.defaults()
				.withTargets(List.of(new UtilityTarget("rul", UtilityResult.Task.REGRESSION)));
		UtilityResult rul = result(UtilityScoring.score(real, scrambledRul(Seeds.fleet(30, 2)), holdout, rulOnly, null),
				"rul");
		assertTrue(rul.syntheticPrimary() < 0.3 && rul.realPrimary() > 0.5, rul::toString);
		assertTrue(rul.syntheticSecondary() > rul.realSecondary(), "the scrambled model errs more");
	}

	@Test
	void withoutAHoldoutWholeRealUnitsAreHeldOutAndAMissingTargetIsNoted() {
		UtilityOptions options = UtilityOptions.defaults().withTargets(List.of(
				new UtilityTarget("rul", UtilityResult.Task.REGRESSION),
				new UtilityTarget("no_such_column", UtilityResult.Task.CLASSIFICATION))).withMaxTrainingRows(2000);
		UtilityReport report = UtilityScoring.score(real, Seeds.fleet(30, 2), null, options, null);
		assertEquals(1, report.results().size());
		UtilityResult rul = report.results().get(0);
		assertEquals(2000, rul.realTrainingRows());
		assertTrue(rul.testRows() > 0 && rul.testRows() < real.rowCount() / 3, rul::toString);
		assertTrue(report.notes().stream().anyMatch(n -> n.kind() == NoteKind.NO_HOLDOUT));
		assertTrue(report.notes().stream().anyMatch(n -> n.kind() == NoteKind.SUBSAMPLED));
		assertTrue(report.notes().stream().anyMatch(n -> n.message().contains("no column 'no_such_column'")),
				report.notes()::toString);
	}

	private static Table scrambledRul(Table table) {
		IntValues rul = table.ints("rul");
		int rows = rul.size();
		int[] scrambled = new int[rows];
		for (int i = 0; i < rows; i++) {
			scrambled[i] = rul.get((int) ((i * 7919L) % rows));
		}
		List<ColumnValues> columns = new ArrayList<>();
		for (int c = 0; c < table.columnCount(); c++) {
			boolean isRul = table.schema().column(c).name().equals("rul");
			columns.add(isRul ? ArrayColumns.ints(scrambled, rows) : table.column(c));
		}
		return ArrayColumns.table(table.schema(), columns);
	}

	private static UtilityResult result(UtilityReport report, String target) {
		return report.results().stream().filter(r -> r.target().equals(target)).findFirst()
				.orElseThrow(() -> new AssertionError(target + " not measured: " + report.notes()));
	}
}
