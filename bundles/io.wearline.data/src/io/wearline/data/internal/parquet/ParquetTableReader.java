package io.wearline.data.internal.parquet;

import io.wearline.data.Column;
import io.wearline.data.InferenceReport;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.internal.FileChecks;
import io.wearline.lib.data.Hadoop;
import io.wearline.data.TableLocation;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a whole Parquet file of flat columns into a table, row group by row group, column by column; the schema
 * comes from the file (see {@link ParquetSchemas}). A given schema selects and orders the columns and must agree
 * with the file's types. A truncated or corrupt file fails with its name and what to do. A local file is read
 * through Parquet's local input file; a URI ({@code file:}, {@code hdfs:}...) through Hadoop's file system.
 */
public final class ParquetTableReader implements TableReader {
	private static final String WHAT = "a Parquet file starts and ends with PAR1";

	@Override
	public String format() {
		return "parquet";
	}

	@Override
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		FileChecks.beforeReading(file, options.maxFileBytes(), WHAT);
		return read(TableLocation.of(file), new LocalInputFile(file), options);
	}

	/**
	 * Reads a file at a location: a local path as {@link #read(Path, ReadOptions)}, a URI through the Hadoop file
	 * system of its scheme.
	 *
	 * @throws TableReadException naming the location when the file is missing, empty, too large, unreadable, or
	 *             its scheme has no file system here
	 */
	public LoadedTable read(TableLocation location, ReadOptions options) throws TableReadException {
		if (!location.isUri()) {
			return read(location.localPath().orElseThrow(), options);
		}
		InputFile input;
		try {
			input = Hadoop.call(() -> {
				Configuration configuration = Hadoop.configuration();
				FileSystem fileSystem = HadoopFileSystems.of(location, configuration);
				FileStatus status = fileSystem.getFileStatus(new org.apache.hadoop.fs.Path(location.uri()
						.orElseThrow()));
				if (status.isDirectory()) {
					throw new TableReadException(location, 0, null, "this is a folder, not a file; name a file in"
							+ " it", null);
				}
				FileChecks.checkSize(location, status.getLen(), options.maxFileBytes(), WHAT);
				return HadoopInputFile.fromStatus(status, configuration);
			});
		} catch (TableReadException e) {
			throw e;
		} catch (FileNotFoundException e) {
			throw new TableReadException(location, 0, null, "the file does not exist; check the URI", e);
		} catch (IOException | RuntimeException e) {
			throw new TableReadException(location, 0, null, e.getMessage(), e);
		}
		return read(location, input, options);
	}

	/**
	 * Parquet names the file by its {@code InputFile}'s identity ({@code LocalInputFile@52db95cb}); the message
	 * names the file already, so that becomes words.
	 */
	static String withoutInputFile(String message) {
		return message == null ? "no details" : message.replaceAll("\\b[\\w.$]*InputFile@[0-9a-f]+", "the file");
	}

	private static LoadedTable read(TableLocation location, InputFile input, ReadOptions options)
			throws TableReadException {
		Table table;
		try {
			table = Hadoop.call(() -> readAll(location, input));
		} catch (TableReadException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new TableReadException(location, 0, null, "the file is not a readable Parquet file, it may be"
					+ " truncated or corrupt (" + withoutInputFile(e.getMessage()) + "); write it again or restore it "
					+ "from a copy", e);
		}
		if (options.schema() == null) {
			return new LoadedTable(table, InferenceReport.none());
		}
		return new LoadedTable(select(location, table, options.schema()), InferenceReport.none());
	}

	private static Table readAll(TableLocation file, InputFile input) throws IOException {
		try (ParquetFileReader reader = ParquetFileReader.open(input)) {
			FileMetaData footer = reader.getFileMetaData();
			MessageType message = footer.getSchema();
			Map<String, List<String>> dictionaries = CategoryMetadata.read(footer.getKeyValueMetaData()
					.get(CategoryMetadata.KEY));
			Schema schema = ParquetSchemas.fromParquet(file, message, dictionaries.keySet());
			long total = reader.getRecordCount();
			if (total > Integer.MAX_VALUE - 8) {
				throw new TableReadException(file, 0, null, "the file has " + total + " rows, more than a table"
						+ " holds; read it in parts", null);
			}
			TableBuilder builder = new TableBuilder(schema, (int) total);
			for (Column column : schema.columns()) {
				List<String> labels = dictionaries.get(column.name());
				if (labels != null) {
					// the writer's codes: each label gets the code it had in the written table
					labels.forEach(builder.categoricals(column.name())::code);
				}
			}
			List<ColumnDescriptor> descriptors = message.getColumns();
			ColumnChunkReader[] columns = new ColumnChunkReader[descriptors.size()];
			for (int c = 0; c < columns.length; c++) {
				columns[c] = new ColumnChunkReader(descriptors.get(c), builder.column(c));
			}
			long rowsSoFar = 0;
			PageReadStore rowGroup;
			while ((rowGroup = reader.readNextRowGroup()) != null) {
				rowsSoFar += rowGroup.getRowCount();
				for (int c = 0; c < columns.length; c++) {
					columns[c].read(rowGroup.getPageReader(descriptors.get(c)));
					if (builder.column(c).size() != rowsSoFar) {
						throw new TableReadException(file, 0, schema.column(c).name(), "the column has "
								+ builder.column(c).size() + " values where the row groups so far have " + rowsSoFar
								+ " rows; the file is corrupt, write it again or restore it from a copy", null);
					}
				}
			}
			return builder.build();
		}
	}

	/** The given schema's columns of the table, in its order, after checking each column's type. */
	private static Table select(TableLocation file, Table table, Schema wanted) throws TableReadException {
		String[] names = new String[wanted.size()];
		for (int i = 0; i < names.length; i++) {
			Column column = wanted.column(i);
			int index = table.schema().indexOf(column.name());
			if (index < 0) {
				throw new TableReadException(file, 0, column.name(), "the file has no such column; its columns are "
						+ table.schema().columns().stream().map(Column::name).toList(), null);
			}
			Column found = table.schema().column(index);
			if (found.type() != column.type()) {
				throw new TableReadException(file, 0, column.name(), "the column holds " + found.type()
						+ " values but the schema asks for " + column.type() + "; change the schema", null);
			}
			names[i] = column.name();
		}
		return table.select(names);
	}
}
