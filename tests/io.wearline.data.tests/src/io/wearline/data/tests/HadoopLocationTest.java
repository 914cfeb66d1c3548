package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ParquetOptions;
import io.wearline.data.ParquetTableWriter;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.data.TableReadException;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables at the URIs of Hadoop file systems: {@code file:} goes through Hadoop's file system as {@code hdfs:} and
 * {@code s3a:} would, with the same atomic rename and no checksum files; a scheme without a file system is refused
 * by name; the other formats take a {@code file:} URI as its local path and refuse the others.
 */
class HadoopLocationTest {
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	private TableLocation uri(String relative) {
		return TableLocation.parse(folder.toUri() + relative);
	}

	@Test
	void aFileUriIsWrittenThroughHadoopAndReadBackByBothReaders() throws IOException {
		TableLocation location = uri("sub/every.parquet");
		assertTrue(location.isUri());

		formats.write(Samples.everyTypeTable(), location);

		Path file = folder.resolve("sub/every.parquet");
		assertEquals(List.of(file), filesIn(folder.resolve("sub")), "no .crc, no temporary file");
		RoundTripTest.assertSameTable(Samples.everyTypeTable(), formats.read(location, ReadOptions.defaults())
				.table());
		RoundTripTest.assertSameTable(Samples.everyTypeTable(), formats.read(file, ReadOptions.defaults()).table());
		assertEquals(Samples.everyTypeTable().rowCount(), readWithParquet(file).size());
	}

	@Test
	void aUriFileIsReplacedAtomicallyAndAFailedWriteKeepsIt() throws IOException {
		TableLocation location = uri("kept.parquet");
		Path file = folder.resolve("kept.parquet");
		formats.write(Samples.everyTypeTable(), location);
		formats.write(Samples.everyTypeTable().slice(0, 2), location);
		byte[] before = Files.readAllBytes(file);
		Table other = new TableBuilder(Schema.of(Column.of("x", ColumnType.INT))).addRow(1).build();

		ParquetTableWriter writer = ParquetTableWriter.open(location, Samples.everyType(), ParquetOptions.defaults());
		writer.append(Samples.everyTypeTable());
		assertEquals(2, filesIn(folder).size(), "the temporary file beside the target");
		assertThrows(IllegalArgumentException.class, () -> writer.append(other));
		writer.abort();

		assertEquals(2, formats.read(location, ReadOptions.defaults()).table().rowCount());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void aSchemeWithoutAFileSystemIsRefusedByName() {
		for (String text : List.of("hdfs://namenode/data/seed.parquet", "s3a://bucket/data/seed.parquet")) {
			TableLocation location = TableLocation.parse(text);
			String scheme = location.scheme();
			IOException write = assertThrows(IOException.class,
					() -> formats.write(Samples.everyTypeTable(), location));
			TableReadException read = assertThrows(TableReadException.class,
					() -> formats.read(location, ReadOptions.defaults()));

			assertTrue(write.getMessage().contains(text) && write.getMessage().contains("'" + scheme + "'"),
					write.getMessage());
			assertTrue(read.getMessage().contains(text) && read.getMessage().contains("'" + scheme + "'"),
					read.getMessage());
			assertEquals(location, read.location());
		}
		IOException hdfs = assertThrows(IOException.class, () -> formats.write(Samples.everyTypeTable(),
				TableLocation.parse("hdfs://namenode/data/seed.parquet")));
		assertTrue(hdfs.getMessage().contains("hadoop-hdfs-client"), hdfs.getMessage());
	}

	@Test
	void everySchemeButFileHdfsAndS3aIsRefusedByName() {
		for (String text : List.of("ftp://host/seed.parquet", "http://host/seed.parquet", "https://host/s.csv",
				"jar:file:/x.jar!/seed.parquet", "har://host/seed.parquet", "webhdfs://nn/seed.parquet",
				"nosuchfs://host/seed.parquet", "HTTP://host/seed.parquet")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableLocation.parse(text));
			String scheme = text.substring(0, text.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
			assertTrue(e.getMessage().startsWith("'" + text + "': the scheme '" + scheme + ":' is not supported; ")
					&& e.getMessage().contains("file: URIs") && e.getMessage().contains("hdfs: and s3a:"),
					e.getMessage());
		}
		IllegalArgumentException hostile = assertThrows(IllegalArgumentException.class,
				() -> TableLocation.parse("ftp://h/\u001b[2Jx.parquet"));
		assertFalse(hostile.getMessage().contains("\u001b"), "the escape character is escaped");
		assertTrue(hostile.getMessage().contains("\\e[2J"), hostile.getMessage());
	}

	@Test
	void aMissingUriFileIsReportedByItsUri() {
		TableLocation location = uri("none.parquet");
		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(location, ReadOptions.defaults()));
		assertTrue(e.getMessage().startsWith(location + ": the file does not exist"), e.getMessage());
		assertEquals(folder.resolve("none.parquet"), e.file());
	}

	@Test
	void otherFormatsTakeAFileUriAsItsPathAndRefuseOtherSchemes() throws IOException {
		formats.write(Samples.everyTypeTable(), uri("every.csv"));
		assertEquals(4, formats.read(uri("every.csv"), ReadOptions.defaults()).table().rowCount());
		assertTrue(Files.isRegularFile(folder.resolve("every.csv")));

		IOException write = assertThrows(IOException.class, () -> formats.write(Samples.everyTypeTable(),
				TableLocation.parse("hdfs://namenode/every.csv")));
		assertTrue(write.getMessage().contains("only Parquet"), write.getMessage());
	}

	@Test
	void locationsTellUrisFromPaths() {
		assertFalse(TableLocation.parse("data/seed.parquet").isUri());
		assertFalse(TableLocation.parse("C:\\data\\seed.parquet").isUri());
		assertEquals("seed.parquet", TableLocation.parse("hdfs://nn:8020/data/seed.parquet").fileName());
		assertEquals("hdfs", TableLocation.parse("HDFS://nn/data/seed.parquet").scheme());
		assertEquals(Path.of("/data/seed.parquet"), TableLocation.parse("file:///data/seed.parquet").localPath()
				.orElseThrow());
		assertTrue(TableLocation.parse("s3a://bucket/seed.parquet").localPath().isEmpty());
		IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
				() -> TableLocation.parse("hdfs://namenode/"));
		assertTrue(noFile.getMessage().contains("names no file"), noFile.getMessage());
		assertThrows(IllegalArgumentException.class, () -> TableLocation.parse("file:relative.parquet"));
	}

	private static List<Group> readWithParquet(Path file) throws IOException {
		return Hadoop.call(() -> {
			List<Group> rows = new java.util.ArrayList<>();
			try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
					new org.apache.hadoop.fs.Path(file.toUri())).withConf(Hadoop.configuration()).build()) {
				for (Group row = reader.read(); row != null; row = reader.read()) {
					rows.add(row);
				}
			}
			return rows;
		});
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
