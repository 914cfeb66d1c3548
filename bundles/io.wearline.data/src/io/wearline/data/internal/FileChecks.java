package io.wearline.data.internal;

import io.wearline.data.TableLocation;
import io.wearline.data.TableReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The checks before a file is opened: it exists, is a file, is not empty and not over the size limit. */
public final class FileChecks {
	private FileChecks() {
	}

	/**
	 * Checks a file before reading it.
	 *
	 * @param what what the file should hold, for the messages ("a CSV file needs a header line")
	 * @throws TableReadException when it is missing, a folder, empty or larger than {@code maxBytes}
	 */
	public static void beforeReading(Path file, long maxBytes, String what) throws TableReadException {
		if (!Files.exists(file)) {
			throw new TableReadException(file, 0, null, "the file does not exist; check the path");
		}
		if (Files.isDirectory(file)) {
			throw new TableReadException(file, 0, null, "this is a folder, not a file; name a file in it");
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new TableReadException(file, 0, null, "the file's size cannot be read: " + e.getMessage(), e);
		}
		checkSize(TableLocation.of(file), size, maxBytes, what);
	}

	/**
	 * Checks the size of a file found at a location.
	 *
	 * @throws TableReadException when it is empty or larger than {@code maxBytes}
	 */
	public static void checkSize(TableLocation location, long size, long maxBytes, String what)
			throws TableReadException {
		if (size == 0) {
			throw new TableReadException(location, 0, null, "the file is empty; " + what, null);
		}
		if (size > maxBytes) {
			throw new TableReadException(location, 0, null, "the file is " + size(size) + ", more than the limit of "
					+ size(maxBytes) + "; nothing was read. Split the file, store"
					+ " it as Parquet, or raise the limit (ReadOptions.withMaxFileBytes)", null);
		}
	}

	/** The message for a file that has bytes but no content (only a byte order mark or blank lines). */
	public static TableReadException empty(Path file, String what) {
		return new TableReadException(file, 0, null, "the file has no content; " + what);
	}

	/** The size for a person, with the exact count of bytes where it is rounded. */
	private static String size(long bytes) {
		if (bytes >= 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f GB (%d bytes)", bytes / (1024.0 * 1024 * 1024), bytes);
		}
		if (bytes >= 1024L * 1024) {
			return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024), bytes);
		}
		return bytes + " bytes";
	}
}
