package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.wearline.lib.data.Hadoop;

/**
 * Parquet inside OSGi: rows of typed columns written through parquet-avro and Hadoop's {@code file:} file system
 * and read back, with every codec whose library io.wearline.lib.data embeds. Proves the trimmed Hadoop closure
 * and the class-loader recipe of {@link Hadoop}.
 */
class ParquetRoundTripTest {
	private static final int ROWS = 500;
	private static final Schema CYCLE = SchemaBuilder.record("Cycle").namespace("io.wearline.test").fields()
			.requiredInt("unit")
			.requiredLong("cycle")
			.requiredDouble("speed")
			.requiredString("regime")
			.requiredBoolean("failed")
			.optionalDouble("rul")
			.endRecord();

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(value = CompressionCodecName.class, names = { "UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW" })
	void rowsComeBackAsWritten(CompressionCodecName codec) throws IOException {
		Path file = folder.resolve("cycles-" + codec + ".parquet");
		List<GenericRecord> written = rows();

		write(file, written, codec);
		List<GenericRecord> read = read(file);

		assertEquals(written.size(), read.size());
		for (int i = 0; i < written.size(); i++) {
			GenericRecord expected = written.get(i);
			GenericRecord actual = read.get(i);
			for (Schema.Field field : CYCLE.getFields()) {
				// strings come back as Avro's Utf8
				Object value = actual.get(field.name());
				assertEquals(expected.get(field.name()), value instanceof CharSequence ? value.toString() : value,
						"row " + i + ", column " + field.name());
			}
		}
		byte[] magic = Arrays.copyOf(Files.readAllBytes(file), 4);
		assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), magic);
		assertEquals(codec, codecOf(file));
	}

	@Test
	void theFooterHoldsTheColumnTypes() throws IOException {
		Path file = folder.resolve("cycles.parquet");
		write(file, rows(), CompressionCodecName.SNAPPY);

		MessageType schema = Hadoop.call(() -> {
			try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
				return reader.getFileMetaData().getSchema();
			}
		});

		assertEquals(List.of("unit", "cycle", "speed", "regime", "failed", "rul"),
				schema.getFields().stream().map(f -> f.getName()).toList());
		assertEquals(PrimitiveTypeName.INT32, schema.getType("unit").asPrimitiveType().getPrimitiveTypeName());
		assertEquals(PrimitiveTypeName.INT64, schema.getType("cycle").asPrimitiveType().getPrimitiveTypeName());
		assertEquals(PrimitiveTypeName.DOUBLE, schema.getType("speed").asPrimitiveType().getPrimitiveTypeName());
		assertEquals(PrimitiveTypeName.BINARY, schema.getType("regime").asPrimitiveType().getPrimitiveTypeName());
		assertEquals(PrimitiveTypeName.BOOLEAN, schema.getType("failed").asPrimitiveType().getPrimitiveTypeName());
		assertEquals(org.apache.parquet.schema.Type.Repetition.OPTIONAL, schema.getType("rul").getRepetition());
	}

	@Test
	void hadoopCallsSeeTheLibraryBundleAndRestoreTheThreadsLoader() {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();

		ClassLoader during = Hadoop.call(() -> thread.getContextClassLoader());
		assertThrows(IOException.class, () -> Hadoop.call(() -> {
			throw new IOException("disk full");
		}));

		assertSame(Configuration.class.getClassLoader(), during);
		assertNotSame(ParquetRoundTripTest.class.getClassLoader(), during);
		assertSame(before, thread.getContextClassLoader());
		assertSame(Configuration.class.getClassLoader(), Hadoop.configuration().getClassLoader());
	}

	/** Deterministic rows: units 1..5, one failure per unit, the remaining life unknown on every seventh row. */
	private static List<GenericRecord> rows() {
		List<GenericRecord> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			GenericRecord row = new GenericData.Record(CYCLE);
			int unit = 1 + i / (ROWS / 5);
			int cycle = i % (ROWS / 5);
			row.put("unit", unit);
			row.put("cycle", (long) cycle);
			row.put("speed", 1480.0 - 0.2 * cycle + Math.sin(i));
			row.put("regime", i % 3 == 0 ? "low_load" : "full_load");
			row.put("failed", cycle == ROWS / 5 - 1);
			row.put("rul", i % 7 == 0 ? null : (double) (ROWS / 5 - 1 - cycle));
			rows.add(row);
		}
		return rows;
	}

	private static void write(Path file, List<GenericRecord> rows, CompressionCodecName codec) throws IOException {
		Configuration configuration = Hadoop.configuration();
		Hadoop.call(() -> {
			try (ParquetWriter<GenericRecord> writer = AvroParquetWriter
					.<GenericRecord>builder(HadoopOutputFile.fromPath(path(file), configuration))
					.withSchema(CYCLE)
					.withConf(configuration)
					.withCompressionCodec(codec)
					.build()) {
				for (GenericRecord row : rows) {
					writer.write(row);
				}
			}
			return null;
		});
	}

	private static List<GenericRecord> read(Path file) throws IOException {
		return Hadoop.call(() -> {
			List<GenericRecord> rows = new ArrayList<>();
			try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(input(file))
					.withConf(Hadoop.configuration())
					.build()) {
				for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
					rows.add(row);
				}
			}
			return rows;
		});
	}

	private static CompressionCodecName codecOf(Path file) throws IOException {
		return Hadoop.call(() -> {
			try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
				return reader.getFooter().getBlocks().get(0).getColumns().get(0).getCodec();
			}
		});
	}

	private static HadoopInputFile input(Path file) throws IOException {
		return HadoopInputFile.fromPath(path(file), Hadoop.configuration());
	}

	private static org.apache.hadoop.fs.Path path(Path file) {
		return new org.apache.hadoop.fs.Path(file.toUri());
	}
}
