package io.wearline.data.internal.parquet;

import io.wearline.data.ParquetOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableLocation;
import io.wearline.data.internal.PendingFiles;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * One Parquet file being written in chunks: rows go to a temporary file in the target's folder, which replaces
 * the target on {@link #commit()}; {@link #discard()} or any failure deletes it and leaves the target as it was
 * (see {@link ParquetDestination}). Until then the temporary file is on the list of {@link PendingFiles}, whose
 * shutdown hook deletes it when the JVM stops (Ctrl-C) in the middle. The rows are written by a
 * {@link RowGroupWriter}. Not thread-safe, except that the shutdown hook may delete the file at any time.
 */
public final class ParquetFileSink {
	private final ParquetDestination destination;
	private final Schema schema;
	private final CodecFactory codecs;
	private final ParquetFileWriter file;
	private final RowGroupWriter rowGroups;
	private final PendingFiles.Registration pending;
	private long rows;
	private boolean failed;
	private boolean closed;

	/** Opens a temporary file beside a local target; creates missing parent folders. */
	public ParquetFileSink(Path target, Schema schema, ParquetOptions options) throws IOException {
		this(TableLocation.of(target), schema, options);
	}

	/** Opens a temporary file beside the target, a local path or a Hadoop file system's URI. */
	public ParquetFileSink(TableLocation target, Schema schema, ParquetOptions options) throws IOException {
		this.schema = schema;
		Configuration configuration = Hadoop.configuration();
		try {
			this.destination = Hadoop.call(() -> ParquetDestination.of(target, configuration));
		} catch (IOException | RuntimeException e) {
			throw new IOException("Cannot write " + target + ": " + e.getMessage() + "; nothing was written", e);
		}
		this.pending = PendingFiles.register(() -> Hadoop.call(() -> {
			destination.discard();
			return null;
		}));
		try {
			this.codecs = new CodecFactory(configuration, ParquetProperties.DEFAULT_PAGE_SIZE);
			this.file = Hadoop.call(() -> {
				ParquetFileWriter started = new ParquetFileWriter(destination.temporary(),
						ParquetSchemas.toParquet(schema), ParquetFileWriter.Mode.CREATE, options.rowGroupBytes(),
						ParquetWriter.MAX_PADDING_SIZE_DEFAULT);
				started.start();
				return started;
			});
			this.rowGroups = new RowGroupWriter(file, schema, codecs.getCompressor(codec(options.compression())),
					options.rowGroupBytes(), options.rowGroupRows());
		} catch (IOException | RuntimeException e) {
			deleteTemporary();
			throw new IOException("Cannot start writing " + destination.target() + ": " + e.getMessage(), e);
		}
	}

	private static CompressionCodecName codec(ParquetOptions.Compression compression) {
		return switch (compression) {
			case SNAPPY -> CompressionCodecName.SNAPPY;
			case ZSTD -> CompressionCodecName.ZSTD;
			case UNCOMPRESSED -> CompressionCodecName.UNCOMPRESSED;
		};
	}

	/** Appends the rows of a chunk of the sink's schema. */
	public void append(Table chunk) throws IOException {
		if (closed || failed) {
			throw new IllegalStateException("the writer of " + destination.target() + " is " + (closed ? "closed"
					: "broken by an earlier failure") + "; open a new one");
		}
		if (!chunk.schema().equals(schema)) {
			throw new IllegalArgumentException("the chunk has the schema " + chunk.schema() + " but "
					+ destination.target() + " is being written with " + schema + "; every chunk needs the file's"
					+ " schema");
		}
		try {
			Hadoop.call(() -> {
				rowGroups.append(chunk);
				return null;
			});
			rows += chunk.rowCount();
		} catch (IOException | RuntimeException e) {
			failed = true;
			throw new IOException("Cannot write rows to " + destination.target() + ": " + e.getMessage()
					+ "; the file is unchanged", e);
		}
	}

	/** How many rows were appended. */
	public long rowCount() {
		return rows;
	}

	/** Finishes the file and renames it over the target; when an append failed, discards it and throws. */
	public void commit() throws IOException {
		if (closed) {
			return;
		}
		if (failed) {
			discard();
			throw new IOException("The rows for " + destination.target() + " were not all written; the file is"
					+ " unchanged");
		}
		closed = true;
		boolean moved = false;
		try {
			Hadoop.call(() -> {
				try {
					rowGroups.finish(Map.of());
				} finally {
					file.close();
					codecs.release();
				}
				destination.commit();
				return null;
			});
			moved = true;
		} catch (IOException | RuntimeException e) {
			throw new IOException("Cannot finish " + destination.target() + ": " + e.getMessage() + "; the previous"
					+ " file is unchanged", e);
		} finally {
			if (moved) {
				pending.close();
			} else {
				deleteTemporary();
			}
		}
	}

	/** Stops writing and deletes the temporary file; the target stays as it was. */
	public void discard() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			Hadoop.call(() -> {
				try {
					file.close();
				} finally {
					codecs.release();
				}
				return null;
			});
		} catch (IOException | RuntimeException ignored) {
			// the file is thrown away; a failure to finish it changes nothing
		} finally {
			deleteTemporary();
		}
	}

	private void deleteTemporary() throws IOException {
		try {
			Hadoop.call(() -> {
				destination.discard();
				return null;
			});
		} finally {
			pending.close();
		}
	}
}
