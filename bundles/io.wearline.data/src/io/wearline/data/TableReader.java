package io.wearline.data;

import java.nio.file.Path;

/**
 * Reads one tabular file format into a {@link Table}. Implementations are registered in {@link TableFormats}
 * under their {@link #format()} key; CSV and JSON Lines come with this bundle, Parquet and XLSX plug in the
 * same way from the bundles that carry their libraries.
 * <p>
 * A reader either returns a complete table or throws: it never hands out a part of a file.
 */
public interface TableReader {

	/** The format's key, lower case: {@code csv}, {@code jsonl}, {@code parquet}, {@code xlsx}. */
	String format();

	/**
	 * Reads a whole file.
	 *
	 * @param file the file to read
	 * @param options the schema to apply (or none, to infer one), the size limit and the format's settings
	 * @return the table and, when the schema was inferred, what was inferred for each column
	 * @throws TableReadException naming the file, and where known the line and column, of what is wrong
	 */
	LoadedTable read(Path file, ReadOptions options) throws TableReadException;
}
