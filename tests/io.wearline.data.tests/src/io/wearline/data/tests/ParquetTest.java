package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.CategoricalValues;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ParquetOptions;
import io.wearline.data.ParquetTableWriter;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet files of tables: read back by Parquet's own example reader (not ours) for values and types, by our
 * reader for a round trip; codecs, row groups of a streamed write, truncated files and atomic replacement.
 */
class ParquetTest {
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	@Test
	void parquetsOwnReaderSeesEveryValueAndMissingValue() throws IOException {
		Table table = Samples.everyTypeTable();
		Path file = folder.resolve("every.parquet");
		formats.write(table, file);

		List<Group> rows = readWithParquet(file);

		assertEquals(table.rowCount(), rows.size());
		for (int r = 0; r < rows.size(); r++) {
			Group row = rows.get(r);
			for (int c = 0; c < table.columnCount(); c++) {
				String name = table.schema().column(c).name();
				Object expected = table.value(r, c);
				if (expected == null) {
					assertEquals(0, row.getFieldRepetitionCount(name), "row " + r + ", column " + name);
					continue;
				}
				Object actual = switch (table.schema().column(c).type()) {
					case DOUBLE -> row.getDouble(name, 0);
					case LONG -> row.getLong(name, 0);
					case INT -> row.getInteger(name, 0);
					case BOOLEAN -> row.getBoolean(name, 0);
					case STRING, CATEGORICAL -> row.getString(name, 0);
				};
				assertEquals(expected, actual, "row " + r + ", column " + name);
			}
		}
	}

	@Test
	void theFooterHoldsStandardPhysicalAndLogicalTypes() throws IOException {
		Schema schema = Schema.of(Column.required("speed", ColumnType.DOUBLE), Column.of("time", ColumnType.LONG),
				Column.required("unit", ColumnType.INT), Column.of("failed", ColumnType.BOOLEAN),
				Column.of("note", ColumnType.STRING), Column.required("regime", ColumnType.CATEGORICAL));
		Path file = folder.resolve("types.parquet");
		formats.write(new TableBuilder(schema).addRow(1.5, 2L, 3, true, "x", "low").build(), file);

		MessageType message = footer(file).getFileMetaData().getSchema();

		assertPrimitive(message, "speed", PrimitiveTypeName.DOUBLE, null, Repetition.REQUIRED);
		assertPrimitive(message, "time", PrimitiveTypeName.INT64, null, Repetition.OPTIONAL);
		assertPrimitive(message, "unit", PrimitiveTypeName.INT32, null, Repetition.REQUIRED);
		assertPrimitive(message, "failed", PrimitiveTypeName.BOOLEAN, null, Repetition.OPTIONAL);
		assertPrimitive(message, "note", PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType(),
				Repetition.OPTIONAL);
		assertPrimitive(message, "regime", PrimitiveTypeName.BINARY, LogicalTypeAnnotation.stringType(),
				Repetition.REQUIRED);
	}

	@Test
	void ourReaderGivesBackTheTableWithItsCategoryCodes() throws IOException {
		Table table = Samples.everyTypeTable();
		Path file = folder.resolve("every.parquet");
		formats.write(table, file);

		Table read = formats.read(file, ReadOptions.defaults()).table();

		RoundTripTest.assertSameTable(table, read);
		CategoricalValues regimes = read.categoricals("regime");
		assertEquals(table.categoricals("regime").dictionary(), regimes.dictionary());
		for (int r = 0; r < table.rowCount(); r++) {
			assertEquals(table.categoricals("regime").code(r), regimes.code(r));
		}
	}

	@Test
	void aGivenSchemaSelectsColumnsAndChecksTheirTypes() throws IOException {
		Path file = folder.resolve("every.parquet");
		formats.write(Samples.everyTypeTable(), file);

		Table read = formats.read(file, ReadOptions.defaults().withSchema(Schema.of(Column.of("unit",
				ColumnType.INT), Column.of("speed", ColumnType.DOUBLE)))).table();
		TableReadException wrong = assertThrows(TableReadException.class, () -> formats.read(file,
				ReadOptions.defaults().withSchema(Schema.of(Column.of("unit", ColumnType.DOUBLE)))));

		assertEquals(List.of("unit", "speed"), read.schema().columns().stream().map(Column::name).toList());
		assertEquals(2, read.ints("unit").get(1));
		assertEquals("unit", wrong.column());
		assertTrue(wrong.getMessage().contains("INT"), wrong.getMessage());
	}

	@Test
	void snappyIsTheDefaultAndZstdCanBeChosen() throws IOException {
		Path snappy = folder.resolve("snappy.parquet");
		Path zstd = folder.resolve("zstd.parquet");
		formats.write(Samples.everyTypeTable(), snappy);
		try (ParquetTableWriter writer = ParquetTableWriter.open(zstd, Samples.everyType(),
				ParquetOptions.defaults().withCompression(ParquetOptions.Compression.ZSTD))) {
			writer.append(Samples.everyTypeTable());
		}

		assertEquals(List.of(CompressionCodecName.SNAPPY), codecs(snappy));
		assertEquals(List.of(CompressionCodecName.ZSTD), codecs(zstd));
		RoundTripTest.assertSameTable(Samples.everyTypeTable(), formats.read(zstd, ReadOptions.defaults()).table());
	}

	@Test
	void chunksStreamIntoSeveralRowGroups() throws IOException {
		Schema schema = Schema.of(Column.required("cycle", ColumnType.LONG), Column.of("speed", ColumnType.DOUBLE),
				Column.of("regime", ColumnType.CATEGORICAL));
		Path file = folder.resolve("stream.parquet");
		int chunks = 10;
		int rowsPerChunk = 1000;
		try (ParquetTableWriter writer = ParquetTableWriter.open(file, schema,
				ParquetOptions.defaults().withRowGroupRows(2500))) {
			for (int k = 0; k < chunks; k++) {
				TableBuilder chunk = new TableBuilder(schema);
				for (int i = 0; i < rowsPerChunk; i++) {
					long cycle = (long) k * rowsPerChunk + i;
					// a label that first appears in a later chunk extends the dictionary
					chunk.addRow(cycle, cycle % 7 == 0 ? null : 1480.0 - cycle * 0.01,
							k < 5 ? "low" : (i % 2 == 0 ? "low" : "high"));
				}
				writer.append(chunk.build());
			}
			assertEquals((long) chunks * rowsPerChunk, writer.rowCount());
		}

		List<BlockMetaData> rowGroups = footer(file).getBlocks();
		Table read = formats.read(file, ReadOptions.defaults()).table();

		assertEquals(4, rowGroups.size());
		assertEquals(chunks * rowsPerChunk, rowGroups.stream().mapToLong(BlockMetaData::getRowCount).sum());
		assertEquals(chunks * rowsPerChunk, read.rowCount());
		assertEquals(9999L, read.longs("cycle").get(9999));
		assertTrue(read.doubles("speed").isMissing(7000));
		assertEquals(List.of("low", "high"), read.categoricals("regime").dictionary());
		assertEquals("high", read.categoricals("regime").label(5001));
		assertEquals(readWithParquet(file).size(), read.rowCount());
	}

	@Test
	void aTruncatedFileIsReportedByName() throws IOException {
		Path file = folder.resolve("cut.parquet");
		formats.write(Samples.everyTypeTable(), file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains("cut.parquet"), e.getMessage());
		assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
	}

	@Test
	void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
		Path file = folder.resolve("kept.parquet");
		formats.write(Samples.everyTypeTable(), file);
		byte[] before = Files.readAllBytes(file);
		Table other = new TableBuilder(Schema.of(Column.of("x", ColumnType.INT))).addRow(1).build();

		ParquetTableWriter writer = ParquetTableWriter.open(file, Samples.everyType());
		writer.append(Samples.everyTypeTable());
		assertThrows(IllegalArgumentException.class, () -> writer.append(other));
		writer.abort();
		writer.close();

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void aCloseThatFailsKeepsThePreviousFile() throws IOException {
		Path file = folder.resolve("kept.parquet");
		formats.write(Samples.everyTypeTable(), file);
		byte[] before = Files.readAllBytes(file);

		ParquetTableWriter writer = ParquetTableWriter.open(file, Samples.everyType());
		writer.append(Samples.everyTypeTable());
		// the temporary file vanishes under the writer, so it cannot be renamed into place
		Path temporary = filesIn(folder).stream().filter(p -> !p.equals(file)).findFirst().orElseThrow();
		assertTrue(temporary.getFileName().toString().startsWith(".kept.parquet."), temporary.toString());
		Files.delete(temporary);
		IOException e = assertThrows(IOException.class, writer::close);

		assertTrue(e.getMessage().contains("kept.parquet"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void aWriteCommitsOnlyOnClose() throws IOException {
		Path file = folder.resolve("late.parquet");
		try (ParquetTableWriter writer = ParquetTableWriter.open(file, Samples.everyType())) {
			writer.append(Samples.everyTypeTable());
			assertFalse(Files.exists(file));
		}
		assertTrue(Files.exists(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void noisyDoublesAreStoredPlainAndRepeatedValuesInADictionary() throws IOException {
		Schema schema = Schema.of(Column.required("noisy", ColumnType.DOUBLE),
				Column.required("steps", ColumnType.DOUBLE), Column.required("regime", ColumnType.CATEGORICAL));
		java.util.Random random = new java.util.Random(1);
		TableBuilder builder = new TableBuilder(schema);
		for (int i = 0; i < 20_000; i++) {
			builder.addRow(100 + random.nextGaussian(), (double) (i % 4), i % 3 == 0 ? "low" : "high");
		}
		Path file = folder.resolve("encodings.parquet");
		formats.write(builder.build(), file);

		List<ColumnChunkMetaData> chunks = footer(file).getBlocks().get(0).getColumns();

		assertFalse(usesDictionary(chunks.get(0)), chunks.get(0).getEncodings().toString());
		assertTrue(chunks.get(0).getEncodings().contains(Encoding.PLAIN), chunks.get(0).getEncodings().toString());
		assertTrue(usesDictionary(chunks.get(1)), chunks.get(1).getEncodings().toString());
		assertTrue(usesDictionary(chunks.get(2)), chunks.get(2).getEncodings().toString());
		assertEquals(20_000, formats.read(file, ReadOptions.defaults()).table().rowCount());
	}

	private static boolean usesDictionary(ColumnChunkMetaData chunk) {
		return chunk.getEncodings().stream().anyMatch(Encoding::usesDictionary);
	}

	@Test
	void theSameChunksGiveTheSameBytes() throws IOException {
		Path first = folder.resolve("first.parquet");
		Path second = folder.resolve("second.parquet");
		for (Path file : List.of(first, second)) {
			try (ParquetTableWriter writer = ParquetTableWriter.open(file, Samples.everyType())) {
				for (int k = 0; k < 50; k++) {
					writer.append(Samples.everyTypeTable());
				}
			}
		}
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void pagesKeepParquetsRowLimitWhileRowsGoInColumnByColumn() throws IOException {
		Schema schema = Schema.of(Column.required("noisy", ColumnType.DOUBLE));
		java.util.Random random = new java.util.Random(2);
		double[] values = new double[1_000_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = random.nextGaussian();
		}
		Path file = folder.resolve("pages.parquet");
		formats.write(io.wearline.data.ArrayColumns.table(schema,
				List.of(io.wearline.data.ArrayColumns.doubles(values, values.length, false))), file);

		ColumnChunkMetaData chunk = footer(file).getBlocks().get(0).getColumns().get(0);
		long[] firstRows = Hadoop.call(() -> {
			try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file),
					Hadoop.configuration()))) {
				org.apache.parquet.internal.column.columnindex.OffsetIndex pages = reader.readOffsetIndex(chunk);
				long[] first = new long[pages.getPageCount() + 1];
				for (int p = 0; p < pages.getPageCount(); p++) {
					first[p] = pages.getFirstRowIndex(p);
				}
				first[pages.getPageCount()] = values.length;
				return first;
			}
		});

		// Parquet's limit is 20,000 rows a page; a batch of 1,024 rows per column may pass it once per page
		for (int p = 0; p + 1 < firstRows.length; p++) {
			long rows = firstRows[p + 1] - firstRows[p];
			assertTrue(rows > 0 && rows <= 20_000 + 1024, "page " + p + " has " + rows + " rows");
		}
		assertTrue(firstRows.length - 1 >= 45, (firstRows.length - 1) + " pages");
		assertArrayEquals(values, formats.read(file, ReadOptions.defaults()).table().doubles("noisy").toArray());
	}

	private static void assertPrimitive(MessageType message, String name, PrimitiveTypeName physical,
			LogicalTypeAnnotation logical, Repetition repetition) {
		PrimitiveType type = message.getType(name).asPrimitiveType();
		assertEquals(physical, type.getPrimitiveTypeName(), name);
		if (logical == null) {
			assertNull(type.getLogicalTypeAnnotation(), name);
		} else {
			assertEquals(logical, type.getLogicalTypeAnnotation(), name);
		}
		assertEquals(repetition, type.getRepetition(), name);
	}

	/** The rows as Parquet's example reader (through Hadoop's file system) sees them. */
	private static List<Group> readWithParquet(Path file) throws IOException {
		return Hadoop.call(() -> {
			List<Group> rows = new ArrayList<>();
			try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), hadoopPath(file))
					.withConf(Hadoop.configuration()).build()) {
				for (Group row = reader.read(); row != null; row = reader.read()) {
					rows.add(row);
				}
			}
			return rows;
		});
	}

	private static ParquetMetadata footer(Path file) throws IOException {
		return Hadoop.call(() -> {
			try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file),
					Hadoop.configuration()))) {
				return reader.getFooter();
			}
		});
	}

	private static List<CompressionCodecName> codecs(Path file) throws IOException {
		return footer(file).getBlocks().stream().flatMap(b -> b.getColumns().stream()).map(c -> c.getCodec())
				.distinct().toList();
	}

	private static org.apache.hadoop.fs.Path hadoopPath(Path file) {
		return new org.apache.hadoop.fs.Path(file.toUri());
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
