package io.wearline.batch.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.quality.FleetEntry;
import io.wearline.quality.FleetReport;
import io.wearline.quality.QualityThresholds;

/**
 * The one table printer of {@code inspect} and {@code validate-all}. The expected texts below were printed by
 * each command's own printer before they shared this one: the layout has not changed by a byte.
 */
class TextTableTest {

	private static String lines(String... lines) {
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	@Test
	void inspectPrintsTheStatisticsAsBefore() {
		Table table = ArrayColumns.table(
				Schema.of(Column.required("x", ColumnType.DOUBLE), Column.of("pressure_bar", ColumnType.DOUBLE)),
				List.of(ArrayColumns.doubles(new double[] { 1, 2, 4 }, 3, false),
						ArrayColumns.doubles(new double[] { 1250.5, Double.NaN, -3 }, 3, true)));
		assertEquals(lines(
				"column        type    null  count  missing  distinct     mean      std       min      p25   median      p75      max",
				"x             DOUBLE  no        3        0         3  2.33333  1.52753   1.00000  1.50000  2.00000  3.00000  4.00000",
				"pressure_bar  DOUBLE  yes       2        1         2  623.750  886.358  -3.00000  310.375  623.750  937.125  1250.50"),
				InspectCommand.statistics(table));
	}

	@Test
	void validateAllPrintsTheMachinesAsBefore() {
		FleetReport report = new FleetReport("ws", QualityThresholds.defaults(), false,
				List.of(new FleetEntry("idle_pump", FleetEntry.Status.NOT_GENERATED, null, List.of(),
						"no generated data", null),
						new FleetEntry("m2", FleetEntry.Status.ERROR, null, List.of(), null, null)),
				1.5);
		assertEquals(lines(
				"machine    verdict        overall  shapes  pairs  utility  privacy  why",
				"idle_pump  not generated        -       -      -        -        -  no generated data",
				"m2         ERROR                -       -      -        -        -"),
				ValidateAllCommand.table(report));
	}

	@Test
	void eachColumnIsAsWideAsItsWidestCellAndLineEndsAreTrimmed() {
		String text = TextTable.withHeadings("name", "n", "note").leftAligned(0, 2).add("a", "12345", "")
				.add("longer", "7", "x").text();
		assertEquals(lines("name        n  note", "a       12345", "longer      7  x"), text);
	}

	@Test
	void aRowOfTheWrongWidthIsRefused() {
		TextTable table = TextTable.withHeadings("a", "b");
		assertThrows(IllegalArgumentException.class, () -> table.add("only one"));
	}
}
