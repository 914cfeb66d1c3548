package io.wearline.data;

/**
 * How a {@link ParquetTableWriter} writes a Parquet file.
 *
 * @param compression the codec of the column chunks
 * @param rowGroupBytes the size a row group is closed at, before compression, in bytes
 * @param rowGroupRows the most rows a row group holds; a smaller target than the byte size splits large tables
 *            into row groups that readers can process one at a time
 */
public record ParquetOptions(Compression compression, long rowGroupBytes, int rowGroupRows) {

	/** 128 MB, the size Parquet's own writer and Spark use, so that a row group fits in memory when read. */
	public static final long DEFAULT_ROW_GROUP_BYTES = 128L * 1024 * 1024;
	/** No row-count limit of its own: the byte size decides. */
	public static final int DEFAULT_ROW_GROUP_ROWS = Integer.MAX_VALUE;

	/** The codecs that every common Parquet reader (pyarrow, DuckDB, Spark) understands. */
	public enum Compression {
		/** Fast, moderate size; the default. */
		SNAPPY,
		/** Smaller files at a little more CPU; for archives and transfers. */
		ZSTD,
		/** No compression, for debugging. */
		UNCOMPRESSED
	}

	/** Checks the sizes. */
	public ParquetOptions {
		if (compression == null || rowGroupBytes < 1 || rowGroupRows < 1) {
			throw new IllegalArgumentException("a Parquet writer needs a codec and positive row-group sizes: "
					+ compression + ", " + rowGroupBytes + " bytes, " + rowGroupRows + " rows");
		}
	}

	/** SNAPPY, row groups of 128 MB. */
	public static ParquetOptions defaults() {
		return new ParquetOptions(Compression.SNAPPY, DEFAULT_ROW_GROUP_BYTES, DEFAULT_ROW_GROUP_ROWS);
	}

	/** These options with another codec. */
	public ParquetOptions withCompression(Compression codec) {
		return new ParquetOptions(codec, rowGroupBytes, rowGroupRows);
	}

	/** These options with another row-group size in bytes. */
	public ParquetOptions withRowGroupBytes(long bytes) {
		return new ParquetOptions(compression, bytes, rowGroupRows);
	}

	/** These options with a most number of rows per row group. */
	public ParquetOptions withRowGroupRows(int rows) {
		return new ParquetOptions(compression, rowGroupBytes, rows);
	}
}
