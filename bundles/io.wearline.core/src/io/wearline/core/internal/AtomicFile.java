package io.wearline.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a part: the content
 * goes to a temporary file in the same folder (the same file system, so the rename is atomic), which is then
 * renamed over the target. A failure at any point leaves the previous file as it was and no temporary file.
 */
public final class AtomicFile {

	/** Writes content into an output stream; may fail half way. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFile() {
	}

	/** Replaces {@code target} with these bytes; creates missing parent folders. */
	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/** Replaces {@code target} with what {@code content} writes; creates missing parent folders. */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
		boolean moved = false;
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				content.writeTo(out);
			}
			move(temporary, absolute);
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Cannot replace " + target + " atomically on this file system; the previous file"
					+ " is unchanged.", e);
		}
	}
}
