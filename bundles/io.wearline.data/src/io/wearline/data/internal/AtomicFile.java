package io.wearline.data.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that readers see the old content or the complete new one: the content goes to a temporary
 * file in the same folder, which is renamed over the target. A failure leaves the old file and no temporary one.
 * The data layer keeps its own copy of this small rule because io.wearline.core will depend on this bundle,
 * not the other way round.
 */
public final class AtomicFile {

	/** Writes content into a stream; may fail half way. */
	@FunctionalInterface
	public interface Content {
		/** Writes the content. */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFile() {
	}

	/** Replaces {@code target} with what {@code content} writes; creates missing parent folders. */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
		boolean moved = false;
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				content.writeTo(out);
			}
			Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved = true;
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Cannot replace " + absolute + " atomically on this file system; the previous"
					+ " file is unchanged.", e);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}
}
