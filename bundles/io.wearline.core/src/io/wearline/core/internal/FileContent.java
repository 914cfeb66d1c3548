package io.wearline.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file into memory, refusing one larger than a limit before reading it and stopping at the limit
 * should the file grow while it is read, so that no file can exhaust memory.
 */
public final class FileContent {

	/** A file over the limit; the message says how large it is and what the limit is. */
	public static final class TooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		TooLargeException(String message) {
			super(message);
		}
	}

	private FileContent() {
	}

	/**
	 * The bytes of a file of at most {@code maxBytes}.
	 *
	 * @throws TooLargeException when the file is larger
	 * @throws IOException when it cannot be read
	 */
	public static byte[] read(Path file, long maxBytes) throws IOException {
		if (Files.isDirectory(file)) {
			throw new IOException("it is a folder, not a file");
		}
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			// a device such as /dev/zero never ends and a pipe may never deliver: neither is read
			throw new IOException("it is not a regular file (a device, a pipe or a socket); give the profile's file");
		}
		long size = Files.size(file);
		if (size > maxBytes) {
			throw tooLarge(size, maxBytes);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
			if (bytes.length > maxBytes) {
				throw tooLarge(bytes.length, maxBytes);
			}
			return bytes;
		}
	}

	/** The message for a file over the limit. */
	public static TooLargeException tooLarge(long size, long maxBytes) {
		return new TooLargeException("The file is " + megabytes(size) + " (" + size + " bytes), more than the limit of "
				+ megabytes(maxBytes) + " for a profile; a profile is rarely above 1 MB: check that this is the"
				+ " right file, or raise the limit (ProfileLimits.maxFileBytes).");
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
