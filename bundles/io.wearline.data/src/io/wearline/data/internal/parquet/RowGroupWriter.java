package io.wearline.data.internal.parquet;

import io.wearline.data.ColumnType;
import io.wearline.data.DoubleValues;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.schema.MessageType;

/**
 * Writes the rows of table chunks into the row groups of one Parquet file through Parquet's column API
 * ({@link ColumnWriteStore}), column by column: no records, no boxing, no field names per value. The rows go in
 * batches; within a batch each column's values go to its writer in one loop, then the batch's rows are ended,
 * which lets Parquet cut pages at its page size (a page overshoots it by at most one batch of one column). A row
 * group is closed when it holds the row limit or its buffered bytes reach the byte limit.
 * <p>
 * Dictionary encoding is decided per column on the first chunk: on for every column, except a DOUBLE column
 * whose first values are mostly distinct (a noisy sensor), which Parquet would try to put in a dictionary for
 * a whole page before falling back to plain values, at a cost in time and nothing gained in size. The decision
 * depends on the data only, so the same chunks give the same file.
 */
final class RowGroupWriter {
	/** Rows per batch: 8 KB of doubles per column, small beside the 1 MB page, big enough for hot loops. */
	private static final int BATCH_ROWS = 1024;
	/** How many first values of a DOUBLE column the dictionary decision looks at. */
	private static final int SAMPLE = 1024;

	private final ParquetFileWriter file;
	private final MessageType message;
	private final Schema schema;
	private final List<ColumnDescriptor> descriptors;
	private final BytesInputCompressor compressor;
	private final long rowGroupBytes;
	private final int rowGroupRows;
	private final Map<String, Set<String>> dictionaries = new LinkedHashMap<>();
	private ParquetProperties properties;
	private ColumnChunkPageWriteStore pages;
	private ColumnWriteStore columns;
	private ColumnFeed[] feeds;
	private long rowsInGroup;
	private int rowGroupOrdinal;

	/**
	 * A writer into a started file.
	 *
	 * @param rowGroupBytes the buffered size a row group is closed at
	 * @param rowGroupRows the most rows of a row group
	 */
	RowGroupWriter(ParquetFileWriter file, Schema schema, BytesInputCompressor compressor, long rowGroupBytes,
			int rowGroupRows) {
		this.file = file;
		this.schema = schema;
		this.message = ParquetSchemas.toParquet(schema);
		this.descriptors = message.getColumns();
		this.compressor = compressor;
		this.rowGroupBytes = rowGroupBytes;
		this.rowGroupRows = rowGroupRows;
		schema.columns().stream().filter(c -> c.type() == ColumnType.CATEGORICAL)
				.forEach(c -> dictionaries.put(c.name(), new LinkedHashSet<>()));
	}

	/** Writes a chunk's rows, closing row groups as they fill. */
	void append(Table chunk) throws IOException {
		if (properties == null) {
			properties = properties(chunk);
		}
		for (Map.Entry<String, Set<String>> column : dictionaries.entrySet()) {
			column.getValue().addAll(chunk.categoricals(column.getKey()).dictionary());
		}
		int rows = chunk.rowCount();
		int columnCount = chunk.columnCount();
		for (int from = 0; from < rows;) {
			if (columns == null) {
				openRowGroup();
			}
			int to = (int) Math.min(Math.min(rows, (long) from + BATCH_ROWS), from + (rowGroupRows - rowsInGroup));
			for (int c = 0; c < columnCount; c++) {
				feeds[c].write(chunk.column(c), from, to);
			}
			for (int r = from; r < to; r++) {
				columns.endRecord();
			}
			rowsInGroup += to - from;
			from = to;
			if (rowsInGroup >= rowGroupRows || columns.getBufferedSize() >= rowGroupBytes) {
				closeRowGroup();
			}
		}
	}

	/**
	 * Closes the last row group and writes the footer with this key-value metadata and the categories' labels.
	 */
	void finish(Map<String, String> metadata) throws IOException {
		closeRowGroup();
		Map<String, String> all = new LinkedHashMap<>(metadata);
		if (!dictionaries.isEmpty()) {
			all.put(CategoryMetadata.KEY, CategoryMetadata.write(dictionaries));
		}
		file.end(all);
	}

	private ParquetProperties properties(Table first) {
		ParquetProperties.Builder builder = ParquetProperties.builder().withDictionaryEncoding(true);
		for (int c = 0; c < schema.size(); c++) {
			if (schema.column(c).type() == ColumnType.DOUBLE && mostlyDistinct(first, c)) {
				builder.withDictionaryEncoding(ColumnPath.get(descriptors.get(c).getPath()).toDotString(), false);
			}
		}
		return builder.build();
	}

	/** Whether more than a quarter of the column's first values (up to {@link #SAMPLE}) differ from each other. */
	private static boolean mostlyDistinct(Table chunk, int column) {
		int n = Math.min(SAMPLE, chunk.rowCount());
		DoubleValues values = (DoubleValues) chunk.column(column);
		Set<Long> distinct = new HashSet<>();
		for (int r = 0; r < n; r++) {
			distinct.add(Double.doubleToLongBits(values.get(r)));
		}
		return distinct.size() > n / 4;
	}

	private void openRowGroup() {
		pages = ColumnChunkPageWriteStore.builder().withSchema(message).withCompressorProvider(c -> compressor)
				.withAllocator(properties.getAllocator())
				.withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
				.withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled())
				.withRowGroupOrdinal(rowGroupOrdinal).build();
		columns = properties.newColumnWriteStore(message, pages, pages);
		feeds = new ColumnFeed[descriptors.size()];
		for (int c = 0; c < feeds.length; c++) {
			ColumnDescriptor descriptor = descriptors.get(c);
			feeds[c] = new ColumnFeed(columns.getColumnWriter(descriptor), descriptor.getMaxDefinitionLevel());
		}
	}

	private void closeRowGroup() throws IOException {
		if (columns == null) {
			return;
		}
		try {
			if (rowsInGroup > 0) {
				file.startBlock(rowsInGroup);
				columns.flush();
				pages.flushToFileWriter(file);
				file.endBlock();
				rowGroupOrdinal++;
			}
		} finally {
			columns.close();
			pages.close();
			columns = null;
			pages = null;
			feeds = null;
			rowsInGroup = 0;
		}
	}
}
