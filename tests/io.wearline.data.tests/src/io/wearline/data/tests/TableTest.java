package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.CategoricalColumnBuilder;
import io.wearline.data.CategoricalValues;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.DoubleColumnBuilder;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntColumnBuilder;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

	@Test
	void typedBuildersFillColumnsWithoutBoxing() {
		Schema schema = Schema.of(Column.required("speed", ColumnType.DOUBLE), Column.of("unit", ColumnType.INT),
				Column.of("regime", ColumnType.CATEGORICAL));
		TableBuilder builder = new TableBuilder(schema, 4);
		DoubleColumnBuilder speed = builder.doubles("speed");
		IntColumnBuilder unit = builder.ints("unit");
		CategoricalColumnBuilder regime = builder.categoricals("regime");
		int low = regime.code("low");
		int high = regime.code("high");
		for (int row = 0; row < 100_000; row++) {
			speed.add(row * 0.5);
			if (row % 10 == 0) {
				unit.addMissing();
			} else {
				unit.add(row);
			}
			regime.addCode(row % 3 == 0 ? high : low);
		}
		Table table = builder.build();

		assertEquals(100_000, table.rowCount());
		assertEquals(49_999.5, table.doubles("speed").get(99_999));
		assertTrue(table.column("unit").isMissing(10));
		assertEquals(11, table.ints("unit").get(11));
		assertEquals(10_000, table.column("unit").missingCount());
		assertEquals("high", table.categoricals("regime").label(3));
		assertEquals(List.of("low", "high"), table.categoricals("regime").dictionary());
	}

	@Test
	void missingValuesReadAsNullAndAsTheirPlaceholder() {
		Table table = Samples.everyTypeTable();
		assertNull(table.value(2, 1));
		assertTrue(Double.isNaN(table.doubles("speed").get(1)));
		assertEquals(CategoricalValues.MISSING_CODE, table.categoricals("regime").code(2));
		assertNull(table.strings("note").get(2));
		assertEquals(1, table.column("failed").missingCount());
		assertFalse(table.column("speed").isMissing(0));
	}

	@Test
	void sliceIsAViewOfTheRowRange() {
		Table table = Samples.everyTypeTable();
		Table slice = table.slice(1, 3);

		assertEquals(2, slice.rowCount());
		assertEquals(table.schema(), slice.schema());
		assertTrue(slice.column("speed").isMissing(0));
		assertEquals(0.1, slice.doubles("speed").get(1));
		assertEquals(1, slice.column("time").missingCount());
		assertArrayEquals(new long[] { -7L, 0L }, slice.longs("time").toArray());
		assertEquals("high", slice.categoricals("regime").label(0));
		Table inner = slice.slice(1, 2);
		assertEquals(0.1, inner.doubles("speed").get(0));
		assertThrows(IndexOutOfBoundsException.class, () -> slice.doubles("speed").get(2));
		assertThrows(IndexOutOfBoundsException.class, () -> table.slice(3, 5));
	}

	@Test
	void selectKeepsTheNamedColumnsInTheGivenOrder() {
		Table selected = Samples.everyTypeTable().select("regime", "speed");
		assertEquals(List.of("regime", "speed"),
				selected.schema().columns().stream().map(Column::name).toList());
		assertEquals(4, selected.rowCount());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Samples.everyTypeTable().select("sped"));
		assertTrue(e.getMessage().contains("no column 'sped'"), e.getMessage());
		assertTrue(e.getMessage().contains("speed"), e.getMessage());
	}

	@Test
	void concatenationJoinsRowsAndMergesCategoryDictionaries() {
		Schema schema = Schema.of(Column.of("x", ColumnType.DOUBLE), Column.of("regime", ColumnType.CATEGORICAL));
		Table first = new TableBuilder(schema).addRow(1.0, "low").addRow(null, "high").build();
		Table second = new TableBuilder(schema).addRow(3.0, "idle").addRow(4.0, "low").addRow(5.0, null).build();

		Table joined = first.concat(second.slice(0, 3));

		assertEquals(5, joined.rowCount());
		assertTrue(joined.column("x").isMissing(1));
		assertEquals(3.0, joined.doubles("x").get(2));
		CategoricalValues regime = joined.categoricals("regime");
		assertEquals(List.of("low", "high", "idle"), regime.dictionary());
		assertEquals("idle", regime.label(2));
		assertEquals(regime.code(0), regime.code(3));
		assertNull(regime.label(4));
	}

	@Test
	void concatenationRefusesDifferentSchemas() {
		Table one = new TableBuilder(Schema.of(Column.of("x", ColumnType.DOUBLE))).addRow(1.0).build();
		Table other = new TableBuilder(Schema.of(Column.of("x", ColumnType.LONG))).addRow(1L).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.concat(other));
		assertTrue(e.getMessage().contains("equal schemas"), e.getMessage());
	}

	@Test
	void buildRefusesColumnsOfDifferentLengthsAndGapsInRequiredColumns() {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("a", ColumnType.DOUBLE),
				Column.of("b", ColumnType.DOUBLE)));
		builder.doubles("a").add(1);
		assertThrows(IllegalStateException.class, builder::build);

		TableBuilder required = new TableBuilder(Schema.of(Column.required("a", ColumnType.LONG)));
		required.longs("a").addMissing();
		IllegalStateException e = assertThrows(IllegalStateException.class, required::build);
		assertTrue(e.getMessage().contains("not nullable"), e.getMessage());
	}

	@Test
	void typedAccessNamesTheActualType() {
		Table table = Samples.everyTypeTable();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.doubles("time"));
		assertTrue(e.getMessage().contains("LONG"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new TableBuilder(table.schema()).addRow(1.0, 2.5, 1,
				true, "x", "y"));
	}

	@Test
	void schemaRefusesDuplicateNames() {
		assertThrows(IllegalArgumentException.class,
				() -> Schema.of(Column.of("a", ColumnType.INT), Column.of("a", ColumnType.DOUBLE)));
	}

	@Test
	void builtTablesDoNotChangeWhenTheBuilderGoesOn() {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("a", ColumnType.DOUBLE)));
		builder.doubles("a").add(1);
		Table before = builder.build();
		builder.doubles("a").add(2);
		DoubleValues values = before.doubles("a");
		assertEquals(1, values.size());
		assertEquals(2, builder.build().rowCount());
	}

	@Test
	void nextMissingWalksTheGapsOfAColumnAndOfItsSlices() {
		Schema schema = Schema.of(Column.of("speed", ColumnType.DOUBLE));
		TableBuilder builder = new TableBuilder(schema);
		for (int row = 0; row < 10; row++) {
			builder.addRow(row == 2 || row == 7 ? null : (double) row);
		}
		Table table = builder.build();
		Table slice = table.slice(3, 9);
		Table full = new TableBuilder(schema).addRow(1.0).addRow(2.0).build();

		assertEquals(2, table.column(0).nextMissing(0));
		assertEquals(7, table.column(0).nextMissing(3));
		assertEquals(10, table.column(0).nextMissing(8));
		assertEquals(4, slice.column(0).nextMissing(0));
		assertEquals(6, slice.column(0).nextMissing(5));
		assertEquals(2, full.column(0).nextMissing(0));
	}

	@Test
	void aFullBuilderHandsItsArrayOverAndLaterRowsDoNotReachTheTable() {
		Schema schema = Schema.of(Column.of("speed", ColumnType.DOUBLE), Column.of("regime", ColumnType.CATEGORICAL));
		TableBuilder builder = new TableBuilder(schema, 3);
		builder.addRow(1.0, "low").addRow(2.0, "high").addRow(3.0, "low");
		Table first = builder.build();
		builder.addRow(4.0, "high");
		builder.addRow(null, null);
		Table second = builder.build();

		assertArrayEquals(new double[] { 1, 2, 3 }, first.doubles("speed").toArray());
		assertEquals(3, first.rowCount());
		assertEquals("low", first.categoricals("regime").label(2));
		assertEquals(5, second.rowCount());
		assertEquals(4.0, second.doubles("speed").get(3));
		assertTrue(second.column("regime").isMissing(4));
		assertEquals(0, first.column("speed").missingCount());
	}
}
