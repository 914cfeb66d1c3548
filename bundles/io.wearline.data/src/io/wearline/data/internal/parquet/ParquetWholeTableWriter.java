package io.wearline.data.internal.parquet;

import io.wearline.data.ParquetOptions;
import io.wearline.data.Table;
import io.wearline.data.TableLocation;
import io.wearline.data.TableWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code parquet} entry of the format seam: writes a whole table as one chunk with the default options
 * (SNAPPY, 128 MB row groups), or with the options it was made with. Large tables are better written in chunks
 * with {@link io.wearline.data.ParquetTableWriter}.
 */
public final class ParquetWholeTableWriter implements TableWriter {
	private final ParquetOptions options;

	/** A writer with the default options. */
	public ParquetWholeTableWriter() {
		this(ParquetOptions.defaults());
	}

	/** A writer with these options. */
	public ParquetWholeTableWriter(ParquetOptions options) {
		this.options = options;
	}

	@Override
	public String format() {
		return "parquet";
	}

	@Override
	public void write(Table table, Path file) throws IOException {
		write(table, TableLocation.of(file));
	}

	/** Writes a table to a local path or the URI of a Hadoop file system. */
	public void write(Table table, TableLocation file) throws IOException {
		ParquetFileSink sink = new ParquetFileSink(file, table.schema(), options);
		try {
			sink.append(table);
		} catch (IOException | RuntimeException e) {
			sink.discard();
			throw e;
		}
		sink.commit();
	}
}
