package io.wearline.data;

import io.wearline.data.internal.PendingFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a part: the content
 * goes to a temporary file in the same folder (the same file system, so the rename is atomic), which is then
 * renamed over the target. A failure at any point leaves the previous file as it was and no temporary file.
 * The new file gets the permissions of the file it replaces, or the usual ones of a new file. Every writer of
 * Wearline (profiles, tables, Parquet files written in chunks) goes through this one rule. While it is written,
 * a JVM shutdown hook deletes the temporary file if the JVM stops (Ctrl-C) before the rename.
 */
public final class AtomicFile {

	/** Writes content into an output stream; may fail half way. */
	@FunctionalInterface
	public interface Content {
		/** Writes the content. */
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
		Path temporary = temporaryBeside(absolute);
		boolean moved = false;
		try (PendingFiles.Registration pending = PendingFiles.register(() -> Files.deleteIfExists(temporary))) {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			replace(temporary, absolute);
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * A fresh temporary path in the target's folder (created when missing), for a writer that fills the file
	 * itself and then calls {@link #replace}; the caller deletes it when it gives up.
	 */
	public static Path temporaryBeside(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		// not Files.createTempFile: its files are readable by their owner only, and the rename would keep that
		return folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
	}

	/** Renames a finished temporary file over the target, atomically, keeping the target's permissions. */
	public static void replace(Path temporary, Path target) throws IOException {
		keepPermissions(target, temporary);
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Cannot replace " + target + " atomically on this file system; the previous file"
					+ " is unchanged.", e);
		}
	}

	private static void keepPermissions(Path target, Path temporary) throws IOException {
		PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		if (from != null && Files.exists(target)) {
			Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
					.setPermissions(from.readAttributes().permissions());
		}
	}
}
