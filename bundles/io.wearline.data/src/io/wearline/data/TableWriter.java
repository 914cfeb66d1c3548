package io.wearline.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link Table} in one file format. Implementations are registered in {@link TableFormats} under their
 * {@link #format()} key. A writer replaces the file atomically: readers see the old file or the complete new
 * one, never a part.
 */
public interface TableWriter {

	/** The format's key, lower case, as for {@link TableReader#format()}. */
	String format();

	/**
	 * Writes the table to the file, replacing it; creates missing parent folders.
	 *
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	void write(Table table, Path file) throws IOException;
}
