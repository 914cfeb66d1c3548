package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.data.Column;
import io.wearline.data.ColumnStatistics;
import io.wearline.data.ColumnType;
import io.wearline.data.LoadedTable;
import io.wearline.data.NonFiniteValues;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;

/**
 * {@code 1e400}, {@code Infinity}, {@code -Infinity} and {@code NaN} in a CSV, a JSON Lines or a Parquet file become
 * missing values counted per column before a table is summarised or scored, never numbers.
 */
class NonFiniteValuesTest {
	@TempDir
	Path folder;

	private final TableFormats formats = TableFormats.standard();

	@Test
	void aCsvsInfiniteAndNanValuesAreMissingAndCounted() throws IOException {
		Path csv = folder.resolve("hostile.csv");
		Files.writeString(csv, "load,temp,label\n1.5,20,a\n1e400,21,b\nInfinity,-Infinity,a\n-1e999,NaN,b\n2.5,,a\n");
		LoadedTable loaded = NonFiniteValues.missingInstead(formats.read(csv, ReadOptions.defaults()));
		assertEquals(Map.of("load", 3, "temp", 2), loaded.nonFinite());
		assertEquals(List.of("load", "temp"), List.copyOf(loaded.nonFinite().keySet()), "in column order");
		Table table = loaded.table();
		assertEquals(3, table.column("load").missingCount());
		assertEquals(3, table.column("temp").missingCount(), "two non-finite and one empty cell");
		ColumnStatistics load = table.statistics("load");
		assertEquals(2, load.count());
		assertEquals(2.0, load.mean(), 1e-12);
		assertEquals(2.5, load.max(), 1e-12);
		assertTrue(loaded.nonFiniteNotes("hostile.csv").get(0).startsWith("hostile.csv: column 'load' has 3 "
				+ "non-finite values"), loaded.nonFiniteNotes("hostile.csv")::toString);
	}

	@Test
	void jsonLinesNumbersBeyondTheDoubleRangeAreMissingAndCounted() throws IOException {
		Path jsonl = folder.resolve("hostile.jsonl");
		Files.writeString(jsonl, "{\"load\": 1.5}\n{\"load\": 1e400}\n{\"load\": -1e400}\n{\"load\": 3.5}\n");
		LoadedTable loaded = NonFiniteValues.missingInstead(formats.read(jsonl, ReadOptions.defaults()));
		assertEquals(Map.of("load", 2), loaded.nonFinite());
		assertEquals(2.5, loaded.table().statistics("load").mean(), 1e-12);
	}

	@Test
	void parquetInfinitiesAreMissingAndCountedAndAFiniteTableIsLeftAsItIs() throws IOException {
		Schema schema = Schema.of(new Column("load", ColumnType.DOUBLE, false));
		Table written = new TableBuilder(schema).addRow(1.0).addRow(Double.POSITIVE_INFINITY)
				.addRow(Double.NEGATIVE_INFINITY).addRow(Double.NaN).addRow(3.0).build();
		Path parquet = folder.resolve("hostile.parquet");
		formats.write(written, parquet);
		LoadedTable loaded = NonFiniteValues.missingInstead(formats.read(parquet, ReadOptions.defaults()));
		assertEquals(Map.of("load", 3), loaded.nonFinite());
		assertEquals(3, loaded.table().column("load").missingCount());
		assertTrue(loaded.table().schema().column("load").nullable(), "the column now has missing values");
		assertEquals(2.0, loaded.table().statistics("load").mean(), 1e-12);

		LoadedTable finite = formats.read(folder.resolve(write("finite.csv", "load\n1\n2.5\n")), ReadOptions.defaults());
		assertSame(finite, NonFiniteValues.missingInstead(finite));
		assertTrue(finite.nonFinite().isEmpty());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text);
	}
}
