package io.wearline.data.tests;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tables and files the tests share. */
final class Samples {
	private Samples() {
	}

	/** One column of each type, all nullable. */
	static Schema everyType() {
		return Schema.of(Column.of("speed", ColumnType.DOUBLE), Column.of("time", ColumnType.LONG),
				Column.of("unit", ColumnType.INT), Column.of("failed", ColumnType.BOOLEAN),
				Column.of("note", ColumnType.STRING), Column.of("regime", ColumnType.CATEGORICAL));
	}

	/** Four rows of every type, with one missing value in each column and text that needs quoting. */
	static Table everyTypeTable() {
		return new TableBuilder(everyType())
				.addRow(1480.25, 3_000_000_000L, 1, false, " plain, padded ", "low")
				.addRow(null, -7L, 2, true, "comma, \"quote\"\nand a line break", "high")
				.addRow(0.1, null, null, null, null, null)
				.addRow(-1.0E-7, 0L, -3, false, "ünïcödé ✓", "low")
				.build();
	}

	/** Writes text as UTF-8 into a new file of this name. */
	static Path file(Path folder, String name, String text) throws IOException {
		return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}
}
