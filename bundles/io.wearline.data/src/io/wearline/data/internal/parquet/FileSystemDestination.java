package io.wearline.data.internal.parquet;

import io.wearline.data.TableLocation;
import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.hadoop.util.HadoopStreams;

/**
 * A Parquet file on a Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}...): written to a temporary
 * file in the target's folder and renamed into place with {@link FileSystem#rename}. A local or POSIX file system
 * replaces the target in the rename itself; one that refuses to rename onto an existing file (HDFS) gets the old
 * file moved aside first and put back when the second rename fails, so a reader never sees a part of a file
 * (only, on such a file system, a moment without one).
 */
final class FileSystemDestination implements ParquetDestination {
	/** Hadoop's usual buffer size for a new file; Parquet buffers whole pages itself. */
	private static final int BUFFER_BYTES = 4096;

	private final TableLocation location;
	private final FileSystem fileSystem;
	private final Path file;
	private final Path temporaryFile;
	private final String id = UUID.randomUUID().toString();

	FileSystemDestination(TableLocation location, Configuration configuration) throws IOException {
		this.location = location;
		this.fileSystem = HadoopFileSystems.of(location, configuration);
		this.file = fileSystem.makeQualified(new Path(location.uri().orElseThrow()));
		this.temporaryFile = beside(".tmp");
		fileSystem.mkdirs(file.getParent());
	}

	private Path beside(String suffix) {
		return new Path(file.getParent(), "." + file.getName() + "." + id + suffix);
	}

	@Override
	public OutputFile temporary() {
		return new OutputFile() {
			@Override
			public PositionOutputStream create(long blockSizeHint) throws IOException {
				return stream(false, blockSizeHint);
			}

			@Override
			public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
				return stream(true, blockSizeHint);
			}

			@Override
			public boolean supportsBlockSize() {
				return "hdfs".equals(fileSystem.getUri().getScheme());
			}

			@Override
			public long defaultBlockSize() {
				return fileSystem.getDefaultBlockSize(temporaryFile);
			}

			@Override
			public String getPath() {
				return temporaryFile.toString();
			}
		};
	}

	private PositionOutputStream stream(boolean overwrite, long blockSizeHint) throws IOException {
		return HadoopStreams.wrap(fileSystem.create(temporaryFile, overwrite, BUFFER_BYTES,
				fileSystem.getDefaultReplication(temporaryFile),
				Math.max(fileSystem.getDefaultBlockSize(temporaryFile), blockSizeHint)));
	}

	@Override
	public void commit() throws IOException {
		if (fileSystem.rename(temporaryFile, file)) {
			return;
		}
		if (!fileSystem.exists(temporaryFile)) {
			throw new IOException("the temporary file " + temporaryFile + " is gone (deleted when the JVM stopped?)");
		}
		if (!fileSystem.exists(file)) {
			throw new IOException("the file system refused to rename " + temporaryFile + " to " + file);
		}
		Path previous = beside(".previous");
		if (!fileSystem.rename(file, previous)) {
			throw new IOException("the file system refused to move the previous " + file + " aside");
		}
		if (!fileSystem.rename(temporaryFile, file)) {
			fileSystem.rename(previous, file);
			throw new IOException("the file system refused to rename " + temporaryFile + " to " + file);
		}
		fileSystem.delete(previous, false);
	}

	@Override
	public void discard() throws IOException {
		fileSystem.delete(temporaryFile, false);
	}

	@Override
	public String target() {
		return location.toString();
	}
}
