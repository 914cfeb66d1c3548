package io.wearline.data.internal.parquet;

import io.wearline.data.TableLocation;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * The Hadoop file system of a URI, for Parquet files at {@code file:}, {@code hdfs:}, {@code s3a:}... locations.
 * Hadoop's {@code file:} file system keeps a {@code .crc} checksum file beside each file it writes, which a
 * rename would leave behind or carry along, and which no other tool reads: the raw local file system underneath
 * it is used instead. A scheme without a file system in this installation is refused with a message that names
 * it. Call inside {@link io.wearline.lib.data.Hadoop#call}, which lets Hadoop find its file systems in OSGi.
 */
final class HadoopFileSystems {
	private HadoopFileSystems() {
	}

	/**
	 * The file system of the location's URI (Hadoop caches them; do not close it).
	 *
	 * @throws IOException naming the scheme when this installation has no file system for it
	 */
	static FileSystem of(TableLocation location, Configuration configuration) throws IOException {
		URI uri = location.uri().orElseThrow(() -> new IllegalArgumentException(location + " is not a URI"));
		FileSystem fileSystem;
		try {
			fileSystem = FileSystem.get(uri, configuration);
		} catch (UnsupportedFileSystemException | RuntimeException e) {
			// a scheme Hadoop's defaults name (s3a:) without its jar fails with a ClassNotFoundException inside
			throw new IOException("this installation has no Hadoop file system for the scheme '"
					+ location.scheme() + "' (the one built in is file:, besides local paths; "
					+ clientOf(location.scheme()) + ")", e);
		}
		return fileSystem instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fileSystem;
	}

	/** What a user adds to reach a scheme's storage. */
	private static String clientOf(String scheme) {
		return switch (scheme) {
			case "hdfs", "webhdfs", "viewfs" -> "hdfs: needs Hadoop's HDFS client (hadoop-hdfs-client) in the bundle"
					+ " io.wearline.lib.data";
			case "s3a" -> "s3a: needs hadoop-aws and the AWS SDK in the bundle io.wearline.lib.data";
			case "abfs", "abfss", "wasb", "wasbs" -> scheme + ": needs hadoop-azure in the bundle io.wearline.lib.data";
			case "gs" -> "gs: needs Google's GCS connector in the bundle io.wearline.lib.data";
			default -> "check the spelling of the scheme, or add the Hadoop file system that serves it to the bundle"
					+ " io.wearline.lib.data";
		};
	}
}
