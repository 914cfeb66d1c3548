package io.wearline.data;

import io.wearline.data.internal.parquet.ParquetFileSink;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a large table to a Parquet file in chunks, so that it never has to be in memory at once: open it on a
 * path and a schema, {@link #append(Table) append} chunks of that schema, {@link #close() close} it. Rows go to a
 * temporary file in the same folder, which replaces the target only on a successful close; a failed append, an
 * {@link #abort()} or a failed close delete it and leave any previous file unchanged. Row groups are closed at
 * the {@link ParquetOptions}' size, so a reader can take the file one row group at a time. If the JVM stops
 * before the close (Ctrl-C), a shutdown hook deletes the temporary file. Not thread-safe.
 * <p>
 * When code between appends fails, call {@link #abort()} before the writer is closed (in a try-with-resources
 * block, in a catch clause), or the rows appended so far become the file.
 */
public final class ParquetTableWriter implements AutoCloseable {
	private final ParquetFileSink sink;

	private ParquetTableWriter(ParquetFileSink sink) {
		this.sink = sink;
	}

	/**
	 * Starts writing a file of this schema; creates missing parent folders.
	 *
	 * @throws IOException when the temporary file cannot be created
	 */
	public static ParquetTableWriter open(Path file, Schema schema, ParquetOptions options) throws IOException {
		return new ParquetTableWriter(new ParquetFileSink(file, schema, options));
	}

	/**
	 * Starts writing a file at a location: a local path, or a URI of a Hadoop file system ({@code file:},
	 * {@code hdfs:}, {@code s3a:}...), where the temporary file is renamed into place through that file system.
	 *
	 * @throws IOException when the temporary file cannot be created, or the URI's scheme has no file system
	 *             here (the message names it)
	 */
	public static ParquetTableWriter open(TableLocation file, Schema schema, ParquetOptions options)
			throws IOException {
		return new ParquetTableWriter(new ParquetFileSink(file, schema, options));
	}

	/** Starts writing with the {@link ParquetOptions#defaults() default options} (SNAPPY, 128 MB row groups). */
	public static ParquetTableWriter open(Path file, Schema schema) throws IOException {
		return open(file, schema, ParquetOptions.defaults());
	}

	/**
	 * Appends a chunk's rows.
	 *
	 * @throws IllegalArgumentException when the chunk's schema is not the file's
	 * @throws IOException when the rows cannot be written; the writer is then broken and {@link #close()} throws
	 */
	public void append(Table chunk) throws IOException {
		sink.append(chunk);
	}

	/** How many rows were appended so far. */
	public long rowCount() {
		return sink.rowCount();
	}

	/** Throws the rows away; the target file stays as it was. Closing afterwards does nothing. */
	public void abort() throws IOException {
		sink.discard();
	}

	/**
	 * Finishes the file and puts it in place of the target.
	 *
	 * @throws IOException when it cannot be finished or an append failed; the previous file is then unchanged
	 */
	@Override
	public void close() throws IOException {
		sink.commit();
	}
}
