package io.wearline.data.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The temporary files being written right now, and the one JVM shutdown hook that deletes those still there when
 * the JVM stops before they were renamed into place (Ctrl-C, SIGTERM, {@code System.exit}): together with the
 * rename, an interrupted write leaves the previous file and no temporary one. A writer registers its temporary
 * file when it creates it and closes the registration once the file is renamed or deleted.
 * <p>
 * The hook only deletes files; it does not wait for the writer, which may still be writing on another thread
 * (on a local disk its remaining bytes then go to the deleted file). Thread-safe.
 */
public final class PendingFiles {
	private static final Set<Registration> PENDING = ConcurrentHashMap.newKeySet();
	private static final AtomicBoolean HOOKED = new AtomicBoolean();

	/** Deletes one temporary file; must be quick, and succeed when the file is already gone. */
	@FunctionalInterface
	public interface Deletion {
		/** Deletes the file. */
		void delete() throws IOException;
	}

	/** A pending temporary file; closing it takes it off the list (the file stays as it is). */
	public static final class Registration implements AutoCloseable {
		private final Deletion deletion;

		private Registration(Deletion deletion) {
			this.deletion = deletion;
		}

		@Override
		public void close() {
			PENDING.remove(this);
		}
	}

	private PendingFiles() {
	}

	/** Puts a temporary file on the list; the first registration installs the shutdown hook. */
	public static Registration register(Deletion deletion) {
		if (HOOKED.compareAndSet(false, true)) {
			try {
				Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::deleteAll, "wearline pending files"));
			} catch (IllegalStateException shuttingDown) {
				// the JVM is already stopping: nothing to install, and the writer will not get far
			}
		}
		Registration registration = new Registration(deletion);
		PENDING.add(registration);
		return registration;
	}

	/** How many temporary files are pending. */
	public static int count() {
		return PENDING.size();
	}

	/**
	 * Deletes every pending temporary file and empties the list: what the shutdown hook runs. A file that cannot
	 * be deleted is skipped; the others are still deleted.
	 *
	 * @return how many files were deleted
	 */
	public static int deleteAll() {
		int deleted = 0;
		for (Registration registration : PENDING) {
			if (PENDING.remove(registration)) {
				try {
					registration.deletion.delete();
					deleted++;
				} catch (IOException | RuntimeException e) {
					// the JVM is stopping: the other files still deserve their chance
				}
			}
		}
		return deleted;
	}
}
