package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.ColumnType;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files that other writers make: Parquet's own example writer, with data pages of version 1 and 2, with and
 * without dictionary encoding, small pages and several row groups, floats and nulls in every optional column.
 * Our reader decodes the pages itself, so each page layout and encoding it meets is read here value by value.
 */
class ForeignParquetTest {
	private static final int ROWS = 5000;
	private static final MessageType SCHEMA = Types.buildMessage()
			.required(PrimitiveTypeName.DOUBLE).named("speed")
			.optional(PrimitiveTypeName.FLOAT).named("temp")
			.optional(PrimitiveTypeName.INT64).named("time")
			.optional(PrimitiveTypeName.INT32).named("unit")
			.optional(PrimitiveTypeName.BOOLEAN).named("ok")
			.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("note")
			.required(PrimitiveTypeName.DOUBLE).named("level")
			.named("foreign");

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}, dictionary {1}")
	@CsvSource({ "PARQUET_1_0, true", "PARQUET_1_0, false", "PARQUET_2_0, true", "PARQUET_2_0, false" })
	void everyValueOfAnotherWritersFileIsRead(WriterVersion version, boolean dictionary) throws IOException {
		Path file = folder.resolve("foreign.parquet");
		write(file, version, dictionary);

		Table table = TableFormats.standard().read(file, ReadOptions.defaults()).table();

		assertEquals(ROWS, table.rowCount());
		assertEquals(ColumnType.DOUBLE, table.schema().column("temp").type());
		assertEquals(ColumnType.STRING, table.schema().column("note").type());
		for (int r = 0; r < ROWS; r++) {
			assertEquals(speed(r), table.doubles("speed").get(r), "speed " + r);
			assertEquals(r % 7 == 0 ? null : (double) (float) (r * 0.25), table.value(r, 1), "temp " + r);
			assertEquals(r % 5 == 0 ? null : (long) r * 1_000_000_007L, table.value(r, 2), "time " + r);
			assertEquals(r % 11 == 0 ? null : r / 100, table.value(r, 3), "unit " + r);
			assertEquals(r % 3 == 0 ? null : r % 2 == 0, table.value(r, 4), "ok " + r);
			assertEquals(r % 13 == 0 ? null : "note " + (r % 40), table.value(r, 5), "note " + r);
			assertEquals(r % 4 * 0.5, table.doubles("level").get(r), "level " + r);
		}
		assertTrue(table.doubles("temp").isMissing(0));
	}

	private static double speed(int r) {
		return Math.sin(r) * 1000;
	}

	/** Small pages and row groups, so that the file has many of both. */
	private static void write(Path file, WriterVersion version, boolean dictionary) throws IOException {
		Hadoop.call(() -> {
			SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
			try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
					.withConf(Hadoop.configuration()).withType(SCHEMA).withWriterVersion(version)
					.withDictionaryEncoding(dictionary).withCompressionCodec(CompressionCodecName.SNAPPY)
					.withPageSize(4096).withRowGroupSize(64L * 1024).build()) {
				for (int r = 0; r < ROWS; r++) {
					Group row = rows.newGroup().append("speed", speed(r));
					if (r % 7 != 0) {
						row.append("temp", (float) (r * 0.25));
					}
					if (r % 5 != 0) {
						row.append("time", (long) r * 1_000_000_007L);
					}
					if (r % 11 != 0) {
						row.append("unit", r / 100);
					}
					if (r % 3 != 0) {
						row.append("ok", r % 2 == 0);
					}
					if (r % 13 != 0) {
						row.append("note", "note " + (r % 40));
					}
					writer.write(row.append("level", r % 4 * 0.5));
				}
			}
			return null;
		});
	}
}
