package io.wearline.data;

import io.wearline.data.internal.csv.CsvTableReader;
import io.wearline.data.internal.csv.CsvTableWriter;
import io.wearline.data.internal.jsonl.JsonLinesTableReader;
import io.wearline.data.internal.jsonl.JsonLinesTableWriter;
import io.wearline.data.internal.parquet.ParquetTableReader;
import io.wearline.data.internal.parquet.ParquetWholeTableWriter;
import io.wearline.data.internal.xlsx.XlsxTableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The readers and writers of tabular files, keyed by format ({@code csv}, {@code jsonl}, {@code parquet}, {@code xlsx}), and the choice of a format by a
 * file's extension. Thread-safe.
 * <p>
 * The seam for a new format: implement {@link TableReader} and/or {@link TableWriter} with the format's key and
 * {@link #register(TableReader) register} them on the instance the application uses; files ending in
 * {@code .parquet} or {@code .xlsx} already map to those keys.
 * <p>
 * Files are named by a local {@link Path} or by a {@link TableLocation}, which may also be the URI of a Hadoop
 * file system ({@code file:}, {@code hdfs:}, {@code s3a:}): Parquet is read and written there through Hadoop.
 */
public final class TableFormats {
	private static final Map<String, String> FORMATS_BY_EXTENSION = Map.of("csv", "csv", "tsv", "csv", "txt", "csv",
			"jsonl", "jsonl", "ndjson", "jsonl", "parquet", "parquet", "xlsx", "xlsx");
	private final Map<String, TableReader> readers = new ConcurrentHashMap<>();
	private final Map<String, TableWriter> writers = new ConcurrentHashMap<>();

	/** The formats of this bundle: CSV, JSON Lines and Parquet, read and written; XLSX, read (first sheet). */
	public static TableFormats standard() {
		TableFormats formats = new TableFormats();
		formats.register(new CsvTableReader());
		formats.register(new CsvTableWriter());
		formats.register(new JsonLinesTableReader());
		formats.register(new JsonLinesTableWriter());
		formats.register(new ParquetTableReader());
		formats.register(new ParquetWholeTableWriter());
		formats.register(new XlsxTableReader());
		return formats;
	}

	/** Adds a reader, replacing any of the same format. */
	public TableFormats register(TableReader reader) {
		readers.put(reader.format(), reader);
		return this;
	}

	/** Adds a writer, replacing any of the same format. */
	public TableFormats register(TableWriter writer) {
		writers.put(writer.format(), writer);
		return this;
	}

	/** The formats that can be read, sorted. */
	public Set<String> readableFormats() {
		return new TreeMap<>(readers).keySet();
	}

	/** The formats that can be written, sorted. */
	public Set<String> writableFormats() {
		return new TreeMap<>(writers).keySet();
	}

	/** The reader of a format; throws, naming the formats there are, when there is none. */
	public TableReader reader(String format) {
		TableReader reader = readers.get(format);
		if (reader == null) {
			throw new IllegalArgumentException("no reader for the format '" + format + "'; the formats read are "
					+ readableFormats());
		}
		return reader;
	}

	/** The writer of a format; throws, naming the formats there are, when there is none. */
	public TableWriter writer(String format) {
		TableWriter writer = writers.get(format);
		if (writer == null) {
			throw new IllegalArgumentException("no writer for the format '" + format + "'; the formats written are "
					+ writableFormats());
		}
		return writer;
	}

	/** The format of a file by its extension (csv, tsv, txt, jsonl, ndjson, parquet, xlsx). */
	public static String formatOf(Path file) {
		return formatOf(file.getFileName().toString());
	}

	/** The format of the file at a location by its extension, as {@link #formatOf(Path)}. */
	public static String formatOf(TableLocation location) {
		return formatOf(location.fileName());
	}

	private static String formatOf(String name) {
		int dot = name.lastIndexOf('.');
		String format = dot < 0 ? null : FORMATS_BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (format == null) {
			throw new IllegalArgumentException("cannot tell the format of '" + name + "' from its extension; use one"
					+ " of " + new TreeMap<>(FORMATS_BY_EXTENSION).keySet());
		}
		return format;
	}

	/** Reads a file with the reader of its extension's format. */
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		return reader(formatOf(file)).read(file, options);
	}

	/** Writes a table with the writer of the file extension's format. */
	public void write(Table table, Path file) throws IOException {
		writer(formatOf(file)).write(table, file);
	}

	/**
	 * Reads the file at a location with the reader of its extension's format: a local path as
	 * {@link #read(Path, ReadOptions)}, a Parquet file at a URI through the Hadoop file system of its scheme, a
	 * file of another format at a {@code file:} URI from its local path.
	 *
	 * @throws TableReadException also for a file of another format than Parquet on a file system other than
	 *             {@code file:}
	 */
	public LoadedTable read(TableLocation location, ReadOptions options) throws TableReadException {
		TableReader reader = reader(formatOf(location));
		if (location.isUri() && reader instanceof ParquetTableReader parquet) {
			return parquet.read(location, options);
		}
		Optional<Path> local = location.localPath();
		if (local.isEmpty()) {
			throw new TableReadException(location, 0, null, "only Parquet files are read from a '" + location.scheme()
					+ ":' file system; copy the file to a local path or convert it to Parquet", null);
		}
		return reader.read(local.get(), options);
	}

	/**
	 * Writes a table with the writer of the location's extension's format: to a local path as
	 * {@link #write(Table, Path)}, as Parquet to a URI through the Hadoop file system of its scheme (the same
	 * atomic rule: a temporary file in the same folder, renamed into place).
	 *
	 * @throws IOException also for a format other than Parquet at a URI of a file system other than {@code file:}
	 */
	public void write(Table table, TableLocation location) throws IOException {
		TableWriter writer = writer(formatOf(location));
		if (location.isUri() && writer instanceof ParquetWholeTableWriter parquet) {
			parquet.write(table, location);
			return;
		}
		Optional<Path> local = location.localPath();
		if (local.isEmpty()) {
			throw new IOException("Cannot write " + location + ": only Parquet files are written to a '"
					+ location.scheme() + ":' file system; write a .parquet file there, or this format to a local"
					+ " path");
		}
		writer.write(table, local.get());
	}
}
