package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.synth.Rows;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.UnusableDataException;

/** What the transformer refuses, and what it handles in a stated way. */
class BadInputTest {
	@Test
	void aTableWithoutRowsIsRefused() {
		Table empty = new TableBuilder(Schema.of(Column.of("x", ColumnType.DOUBLE))).build();
		UnusableDataException refusal = assertThrows(UnusableDataException.class, () -> DataTransformer.fit(empty));
		assertTrue(refusal.getMessage().contains("no rows"), refusal.getMessage());
	}

	@Test
	void aTableWithoutColumnsIsRefused() {
		Table none = new TableBuilder(Schema.of()).build();
		assertThrows(UnusableDataException.class, () -> DataTransformer.fit(none));
	}

	@Test
	void anAllMissingColumnComesBackAllMissingWithoutReachingTheNetwork() {
		Schema schema = Schema.of(Column.of("empty", ColumnType.DOUBLE), Column.of("flag", ColumnType.BOOLEAN),
				Column.of("label", ColumnType.CATEGORICAL), Column.required("x", ColumnType.DOUBLE));
		TableBuilder builder = new TableBuilder(schema);
		for (int row = 0; row < 100; row++) {
			builder.addRow(null, null, null, (double) (row % 7) + row * 0.01);
		}
		DataTransformer transformer = DataTransformer.fit(builder.build());
		for (String name : new String[] { "empty", "flag", "label" }) {
			assertEquals(Treatment.ALL_MISSING, transformer.plan(name).treatment());
			assertEquals(0, transformer.plan(name).width());
		}
		Table generated = transformer.inverse(NetworkOutput.random(transformer.layout(), 50, 1),
				new SplittableRandom(1));
		assertEquals(50, generated.column("empty").missingCount());
		assertEquals(50, generated.column("flag").missingCount());
		assertEquals(50, generated.column("label").missingCount());
	}

	@Test
	void aCategoryOfTooManyValuesIsRefusedNamingTheColumn() {
		Schema schema = Schema.of(Column.required("serial", ColumnType.STRING));
		TableBuilder builder = new TableBuilder(schema, 100_000);
		for (int row = 0; row < 100_000; row++) {
			builder.strings("serial").add("SN-" + row);
		}
		Table table = builder.build();
		UnusableDataException refusal = assertThrows(UnusableDataException.class, () -> DataTransformer.fit(table));
		assertEquals("serial", refusal.column());
		assertTrue(refusal.getMessage().contains("100,000 distinct values"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("drop the column"), refusal.getMessage());
	}

	@Test
	void infinityIsRefusedNamingColumnAndRow() {
		double[] values = new double[50];
		for (int i = 0; i < values.length; i++) {
			values[i] = i * 1.5;
		}
		values[17] = Double.POSITIVE_INFINITY;
		values[30] = Double.NEGATIVE_INFINITY;
		Table table = ArrayColumns.table(Schema.of(Column.required("speed", ColumnType.DOUBLE)),
				java.util.List.of(ArrayColumns.doubles(values, values.length, false)));
		UnusableDataException refusal = assertThrows(UnusableDataException.class, () -> DataTransformer.fit(table));
		assertEquals("speed", refusal.column());
		assertEquals(17, refusal.row());
		assertTrue(refusal.getMessage().contains("row 17") && refusal.getMessage().contains("2 infinite"),
				refusal.getMessage());
	}

	@Test
	void infinityIsRefusedWhenTransformingToo() {
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(Tables.mixture(500, 1, new double[] { 0 },
				new double[] { 1 }, new double[] { 1 })));
		double[] values = { 0.5, Double.NEGATIVE_INFINITY };
		Table table = ArrayColumns.table(Schema.of(Column.of("x", ColumnType.DOUBLE)),
				java.util.List.of(ArrayColumns.doubles(values, 2, true)));
		UnusableDataException refusal = assertThrows(UnusableDataException.class,
				() -> transformer.transform(table, 1));
		assertEquals(1, refusal.row());
	}

	@Test
	void nanIsMissingEvenWhenNotMarkedSo() {
		double[] values = new double[200];
		for (int i = 0; i < values.length; i++) {
			values[i] = i % 10 == 0 ? Double.NaN : Math.sin(i) * 10;
		}
		Table table = ArrayColumns.table(Schema.of(Column.required("x", ColumnType.DOUBLE)),
				java.util.List.of(ArrayColumns.doubles(values, values.length, false)));
		DataTransformer transformer = DataTransformer.fit(table);
		assertTrue(transformer.plan("x").modelsMissing());
		Table back = transformer.inverse(transformer.transform(table, 1), new SplittableRandom(1));
		for (int row = 0; row < values.length; row++) {
			// a column that is not nullable gets NaN back, as it had
			assertEquals(Double.isNaN(values[row]), Double.isNaN(back.doubles("x").get(row)), "row " + row);
		}
	}

	@Test
	void aValueTheFitDidNotSeeIsRefusedWhenTransforming() {
		Schema schema = Schema.of(Column.required("regime", ColumnType.STRING));
		Table fitted = new TableBuilder(schema).addRow("idle").addRow("climb").build();
		Table other = new TableBuilder(schema).addRow("idle").addRow("dive").build();
		DataTransformer transformer = DataTransformer.fit(fitted);
		UnusableDataException refusal = assertThrows(UnusableDataException.class,
				() -> transformer.transform(other, 1));
		assertEquals(1, refusal.row());
		assertTrue(refusal.getMessage().contains("'dive'"), refusal.getMessage());
	}

	@Test
	void aTableOfAnotherSchemaIsRefusedWhenTransforming() {
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(1, 2, 3));
		Table other = new TableBuilder(Schema.of(Column.of("y", ColumnType.DOUBLE))).addRow(1.0).build();
		assertThrows(UnusableDataException.class, () -> transformer.transform(other, 1));
	}

	@Test
	void brokenNetworkOutputIsRefused() {
		DataTransformer transformer = DataTransformer.fit(Tables.everyType(500, 2));
		Rows rows = NetworkOutput.random(transformer.layout(), 10, 1);
		rows.set(3, 0, Float.NaN);
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> transformer.inverse(rows, new SplittableRandom(1)));
		assertTrue(refusal.getMessage().contains("row 3"), refusal.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> transformer.inverse(Rows.zeros(2, transformer.layout().width() + 1), new SplittableRandom(1)));
	}

	@Test
	void oneRowIsEnough() {
		Schema schema = Schema.of(Column.required("x", ColumnType.DOUBLE), Column.required("r", ColumnType.STRING));
		Table table = new TableBuilder(schema).addRow(4.5, "idle").build();
		DataTransformer transformer = DataTransformer.fit(table);
		assertEquals(0, transformer.layout().width());
		Table generated = transformer.inverse(Rows.zeros(3, 0), new SplittableRandom(1));
		assertEquals(4.5, generated.doubles("x").get(2));
		assertEquals("idle", generated.strings("r").get(2));
	}
}
