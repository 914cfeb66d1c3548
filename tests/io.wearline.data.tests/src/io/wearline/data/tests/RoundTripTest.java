package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every column type, missing values, awkward text and extreme doubles, written and read back in each format. */
class RoundTripTest {
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	static void assertSameTable(Table expected, Table actual) {
		assertEquals(expected.schema(), actual.schema());
		assertEquals(expected.rowCount(), actual.rowCount());
		for (int c = 0; c < expected.columnCount(); c++) {
			for (int r = 0; r < expected.rowCount(); r++) {
				assertEquals(expected.value(r, c), actual.value(r, c), "row " + r + ", column "
						+ expected.schema().column(c).name());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "table.csv", "table.jsonl", "table.parquet" })
	void everyTypeRoundTripsWithItsSchema(String name) throws IOException {
		Table table = Samples.everyTypeTable();
		Path file = folder.resolve(name);
		formats.write(table, file);

		LoadedTable read = formats.read(file, ReadOptions.defaults().withSchema(table.schema()));

		assertSameTable(table, read.table());
		assertTrue(read.inference().isEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "doubles.csv", "doubles.jsonl", "doubles.parquet" })
	void doublesComeBackBitForBit(String name) throws IOException {
		double[] values = { 0.1, 1.0 / 3, -0.0, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
				Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789.123456789 };
		Schema schema = Schema.of(Column.of("x", ColumnType.DOUBLE));
		TableBuilder builder = new TableBuilder(schema);
		for (double value : values) {
			builder.doubles("x").add(value);
		}
		Path file = folder.resolve(name);
		formats.write(builder.build(), file);

		Table read = formats.read(file, ReadOptions.defaults().withSchema(schema)).table();

		for (int r = 0; r < values.length; r++) {
			assertEquals(Double.doubleToRawLongBits(values[r]), Double.doubleToRawLongBits(read.doubles("x").get(r)),
					"value " + values[r]);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "inferred.csv", "inferred.jsonl" })
	void inferenceRecoversTheTypesOfAWrittenTable(String name) throws IOException {
		Schema schema = Schema.of(Column.of("speed", ColumnType.DOUBLE), Column.of("time", ColumnType.LONG),
				Column.of("unit", ColumnType.INT), Column.of("failed", ColumnType.BOOLEAN),
				Column.of("regime", ColumnType.CATEGORICAL), Column.of("serial", ColumnType.STRING));
		TableBuilder builder = new TableBuilder(schema);
		for (int r = 0; r < 40; r++) {
			builder.addRow(r % 5 == 0 ? null : r * 0.25, 4_000_000_000L + r, r % 4, r % 3 == 0,
					r % 2 == 0 ? "low" : "high", "SN-" + r);
		}
		Table table = builder.build();
		Path file = folder.resolve(name);
		formats.write(table, file);

		LoadedTable read = formats.read(file, ReadOptions.defaults());

		assertSameTable(table, read.table());
		assertEquals(List.of(ColumnType.DOUBLE, ColumnType.LONG, ColumnType.INT, ColumnType.BOOLEAN,
				ColumnType.CATEGORICAL, ColumnType.STRING),
				read.inference().columns().stream().map(c -> c.type()).toList());
		assertEquals(8, read.inference().column("speed").missing());
	}

	@ParameterizedTest
	@ValueSource(strings = { "slice.csv", "slice.jsonl", "slice.parquet" })
	void aSliceWritesOnlyItsRows(String name) throws IOException {
		Table table = Samples.everyTypeTable();
		Path file = folder.resolve(name);
		formats.write(table.slice(1, 3), file);
		Table read = formats.read(file, ReadOptions.defaults().withSchema(table.schema())).table();
		assertSameTable(table.slice(1, 3), read);
	}

	@ParameterizedTest
	@ValueSource(strings = { "replaced.csv", "replaced.jsonl" })
	void writingReplacesTheFileAndLeavesNoTemporaryFile(String name) throws IOException {
		Path file = Samples.file(folder, name, "old content");
		formats.write(Samples.everyTypeTable(), file);
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
		assertTrue(Files.readString(file).contains("plain"));
	}
}
