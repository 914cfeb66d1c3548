package io.wearline.data.internal.parquet;

import io.wearline.data.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * A Parquet file on the local disk, written through Parquet's {@link LocalOutputFile} and put in place by
 * {@link AtomicFile}: the fast route, with no Hadoop file system in between.
 */
record LocalDestination(Path file, Path temporaryFile) implements ParquetDestination {

	LocalDestination(Path file) throws IOException {
		this(file.toAbsolutePath(), AtomicFile.temporaryBeside(file));
	}

	@Override
	public OutputFile temporary() {
		return new LocalOutputFile(temporaryFile);
	}

	@Override
	public void commit() throws IOException {
		AtomicFile.replace(temporaryFile, file);
	}

	@Override
	public void discard() throws IOException {
		Files.deleteIfExists(temporaryFile);
	}

	@Override
	public String target() {
		return file.toString();
	}
}
