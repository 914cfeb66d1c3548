package io.wearline.data.internal.parquet;

import io.wearline.data.TableLocation;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.io.OutputFile;

/**
 * Where a Parquet file is written and how it is put in place, by the one atomic rule of the product: the rows go
 * to a temporary file in the target's folder, which is renamed over the target on {@link #commit()} and deleted
 * on {@link #discard()}. A local path goes through the JDK's files ({@link LocalDestination}), a URI through the
 * Hadoop file system of its scheme ({@link FileSystemDestination}).
 */
sealed interface ParquetDestination permits LocalDestination, FileSystemDestination {

	/** The destination of a location; creates the target's missing folders. Call inside Hadoop.call. */
	static ParquetDestination of(TableLocation target, Configuration configuration) throws IOException {
		return target.isUri() ? new FileSystemDestination(target, configuration)
				: new LocalDestination(target.localPath().orElseThrow());
	}

	/** The temporary file to write the rows to. */
	OutputFile temporary();

	/** Renames the finished temporary file over the target. */
	void commit() throws IOException;

	/** Deletes the temporary file; does nothing when it is gone already. Quick: a shutdown hook calls it. */
	void discard() throws IOException;

	/** The target, as the user named it, for messages. */
	String target();
}
