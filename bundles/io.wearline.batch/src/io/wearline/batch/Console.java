package io.wearline.batch;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import io.wearline.data.TableLocation;

/**
 * Where a command runs: the user's working directory, the environment and the two output streams. Commands take
 * everything from here and nothing from {@link System}, so that tests run them in-process.
 *
 * @param workingDirectory the folder relative paths of the command line are resolved against
 * @param environment the environment variables (for example {@code WEARLINE_WORKSPACE})
 * @param out the command's results
 * @param err messages about what went wrong
 */
public record Console(Path workingDirectory, Map<String, String> environment, PrintStream out, PrintStream err) {

	/** The system property the launch script sets to the user's working directory. */
	public static final String CWD_PROPERTY = "wearline.cwd";

	/**
	 * The console of the running process. The product is started from its own folder, so the user's working
	 * directory comes from {@value #CWD_PROPERTY}; {@code user.dir} is the fallback when started otherwise.
	 */
	public static Console ofProcess() {
		String cwd = System.getProperty(CWD_PROPERTY);
		if (cwd == null || cwd.isBlank()) {
			cwd = System.getProperty("user.dir");
		}
		return new Console(Path.of(cwd).toAbsolutePath(), System.getenv(), System.out, System.err);
	}

	/** A path of the command line, resolved against the working directory when it is relative. */
	public Path resolve(String path) throws UsageException {
		try {
			return workingDirectory.resolve(path).normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("'" + path + "' is not a valid path: " + e.getReason());
		}
	}

	/**
	 * A table file of the command line: the URI of a Hadoop file system ({@code file:/data/x.parquet},
	 * {@code hdfs://namenode/x.parquet}) as it is, anything else a path resolved as {@link #resolve(String)}.
	 */
	public TableLocation location(String text) throws UsageException {
		if (!TableLocation.hasScheme(text)) {
			return TableLocation.of(resolve(text));
		}
		try {
			return TableLocation.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
