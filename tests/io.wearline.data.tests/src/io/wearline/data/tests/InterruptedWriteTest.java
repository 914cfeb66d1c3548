package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.AtomicFile;
import io.wearline.data.ParquetOptions;
import io.wearline.data.ParquetTableWriter;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.data.internal.PendingFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a write: the JVM's shutdown hook runs {@link PendingFiles#deleteAll()}, which must leave
 * the previous file as it was and no temporary file, on the local disk and through a Hadoop file system. The tests
 * run what the hook runs, on a writer left open as an interrupted command leaves it.
 */
class InterruptedWriteTest {
	@TempDir
	Path folder;

	@Test
	void theHookDeletesTheTemporaryFileOfAnOpenParquetWriterAndKeepsThePreviousFile() throws IOException {
		assertHookKeepsThePrevious(TableLocation.of(folder.resolve("seed.parquet")));
	}

	@Test
	void theHookDoesTheSameThroughAHadoopFileSystem() throws IOException {
		assertHookKeepsThePrevious(TableLocation.parse(folder.toUri() + "seed.parquet"));
	}

	private void assertHookKeepsThePrevious(TableLocation location) throws IOException {
		Path file = folder.resolve("seed.parquet");
		TableFormats.standard().write(Samples.everyTypeTable(), file);
		byte[] previous = Files.readAllBytes(file);
		int pendingBefore = PendingFiles.count();

		ParquetTableWriter writer = ParquetTableWriter.open(location, Samples.everyType(), ParquetOptions.defaults());
		for (int k = 0; k < 100; k++) {
			writer.append(Samples.everyTypeTable());
		}
		assertEquals(2, filesIn(folder).size(), "the temporary file is being written");
		assertEquals(pendingBefore + 1, PendingFiles.count());

		int deleted = PendingFiles.deleteAll();

		assertTrue(deleted >= 1);
		assertEquals(List.of(file), filesIn(folder));
		assertArrayEquals(previous, Files.readAllBytes(file));
		// the interrupted command may still try to finish: the file stays the previous one
		assertThrows(IOException.class, writer::close);
		assertEquals(List.of(file), filesIn(folder));
		assertArrayEquals(previous, Files.readAllBytes(file));
	}

	@Test
	void finishedWritesLeaveNothingForTheHook() throws IOException {
		int pendingBefore = PendingFiles.count();
		AtomicFile.write(folder.resolve("a.txt"), "a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try (ParquetTableWriter writer = ParquetTableWriter.open(folder.resolve("b.parquet"), Samples.everyType())) {
			writer.append(Samples.everyTypeTable());
		}
		ParquetTableWriter aborted = ParquetTableWriter.open(folder.resolve("c.parquet"), Samples.everyType());
		aborted.abort();

		assertEquals(pendingBefore, PendingFiles.count());
		assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("b.parquet")), filesIn(folder));
	}

	@Test
	void anAtomicWriteInterruptedByTheHookLeavesThePreviousContent() throws IOException {
		Path file = folder.resolve("profile.machine");
		Files.writeString(file, "previous");

		IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
			out.write("half of the new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			PendingFiles.deleteAll();
			out.write(" content".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}));

		assertEquals("previous", Files.readString(file), e.toString());
		assertEquals(List.of(file), filesIn(folder));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
