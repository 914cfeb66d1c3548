package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;

/** Tables made of adopted arrays: only the first rows count, NaN may be missing, the schema is enforced. */
class ArrayColumnsTest {
	private static final Schema SCHEMA = Schema.of(Column.required("unit", ColumnType.INT),
			Column.of("temp", ColumnType.DOUBLE), Column.required("regime", ColumnType.CATEGORICAL),
			Column.required("failed", ColumnType.BOOLEAN));

	@Test
	void usesTheFirstRowsOfTheArrays() {
		Table table = ArrayColumns.table(SCHEMA, List.of(ArrayColumns.ints(new int[] { 4, 5, 6, 7 }, 3),
				ArrayColumns.doubles(new double[] { 1.5, Double.NaN, 3.5, 9 }, 3, true),
				ArrayColumns.categories(new int[] { 1, 0, 1, 99 }, List.of("low", "high"), 3),
				ArrayColumns.booleans(new boolean[] { false, false, true, true }, 3)));
		assertEquals(3, table.rowCount());
		assertEquals(6, table.ints("unit").get(2));
		assertTrue(table.column("temp").isMissing(1));
		assertEquals(1, table.statistics("temp").missing());
		assertEquals(2.5, table.statistics("temp").mean(), 1e-12);
		assertEquals("high", table.categoricals("regime").label(0));
		assertEquals(List.of(false, false, true), List.of(table.value(0, 3), table.value(1, 3), table.value(2, 3)));
	}

	@Test
	void nanIsAValueUnlessAskedOtherwise() {
		assertEquals(0, ArrayColumns.doubles(new double[] { Double.NaN }, 1, false).missingCount());
	}

	@Test
	void refusesWhatDoesNotFitTheSchema() {
		var unit = ArrayColumns.ints(new int[] { 1, 2 }, 2);
		var temp = ArrayColumns.doubles(new double[] { 1, 2 }, 2, true);
		var regime = ArrayColumns.categories(new int[] { 0, 0 }, List.of("a"), 2);
		var failed = ArrayColumns.booleans(new boolean[] { false, true }, 2);
		IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
				() -> ArrayColumns.table(SCHEMA, List.of(temp, temp, regime, failed)));
		assertTrue(type.getMessage().contains("'unit' is INT"), type.getMessage());
		IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> ArrayColumns
				.table(SCHEMA, List.of(unit, ArrayColumns.doubles(new double[] { 1 }, 1, true), regime, failed)));
		assertTrue(length.getMessage().contains("'temp' has 1 values"), length.getMessage());
		Schema required = Schema.of(Column.required("temp", ColumnType.DOUBLE));
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ArrayColumns
				.table(required, List.of(ArrayColumns.doubles(new double[] { Double.NaN }, 1, true))));
		assertTrue(missing.getMessage().contains("not nullable"), missing.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ArrayColumns.ints(new int[1], 2));
		assertThrows(IllegalArgumentException.class,
				() -> ArrayColumns.categories(new int[] { 2 }, List.of("a", "b"), 1));
	}
}
