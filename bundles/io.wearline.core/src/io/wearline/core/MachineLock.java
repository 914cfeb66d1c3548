package io.wearline.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps two processes — a {@code wearline train} in a shell and a training started in the workbench, say — from
 * writing one machine at once: an exclusive lock on the machine's {@value #LOCK_FILE}, taken with
 * {@link FileChannel#tryLock()}. The file names its holder (what it does, its process id, since when) so the loser
 * can say who has the machine. The operating system drops the lock with its holder, so a crashed or killed process
 * never blocks anyone; the file it leaves behind is only a note and is overwritten by the next holder.
 * <p>
 * Within one JVM the machine's {@link MachineRule} keeps Jobs apart; the lock is counted per JVM, so a machine build
 * that holds it can run its steps, each of which takes it again, and only the last {@link #close()} releases it.
 * Thread-safe.
 */
public final class MachineLock implements AutoCloseable {
	/** The lock file inside a machine's folder. */
	public static final String LOCK_FILE = ".lock";

	/** The locks this JVM holds, by the lock file's absolute, normalised path. */
	private static final Map<Path, Held> HELD = new HashMap<>();

	private final Path file;
	private boolean closed;

	private MachineLock(Path file) {
		this.file = file;
	}

	/**
	 * Takes the machine's lock for an operation.
	 *
	 * @param machine the machine; its folder must exist
	 * @param operation what the holder does, in one word of the command line ({@code train}, {@code seed}, ...)
	 * @return the lock; close it when the machine's files are written
	 * @throws MachineBusyException when another process holds the lock; its message names the holder
	 * @throws NoSuchFileException when the machine's folder does not exist
	 * @throws IOException when the lock file cannot be opened or written
	 */
	public static MachineLock acquire(Machine machine, String operation) throws IOException {
		Path file = machine.folder().resolve(LOCK_FILE).toAbsolutePath().normalize();
		if (!Files.isDirectory(machine.folder())) {
			throw new NoSuchFileException(machine.folder().toString(), null, "machine '" + machine.id()
					+ "' has no folder; create it first ('wearline new' or 'wearline import')");
		}
		synchronized (HELD) {
			Held held = HELD.get(file);
			if (held != null) {
				held.count++;
				return new MachineLock(file);
			}
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
			if (lock == null) {
				channel.close();
				throw new MachineBusyException(machine.id(), LockHolder.read(file));
			}
			try {
				LockHolder holder = new LockHolder(operation, ProcessHandle.current().pid(), Instant.now());
				channel.truncate(0);
				channel.write(ByteBuffer.wrap(holder.text().getBytes(StandardCharsets.UTF_8)), 0);
				channel.force(false);
			} catch (IOException | RuntimeException e) {
				lock.release();
				channel.close();
				throw e;
			}
			HELD.put(file, new Held(channel, lock));
			return new MachineLock(file);
		}
	}

	/**
	 * Who holds the machine's lock now, if anyone: another process, or this one. Takes nothing; for a status line.
	 */
	public static Optional<LockHolder> holder(Machine machine) throws IOException {
		Path file = machine.folder().resolve(LOCK_FILE).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		synchronized (HELD) {
			if (HELD.containsKey(file)) {
				return Optional.of(LockHolder.read(file));
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
				FileLock lock = channel.tryLock();
				if (lock != null) {
					lock.release();
					return Optional.empty();
				}
			}
			return Optional.of(LockHolder.read(file));
		}
	}

	/** Releases this hold; the lock itself goes when the last hold of this JVM is released. Idempotent. */
	@Override
	public void close() throws IOException {
		synchronized (HELD) {
			if (closed) {
				return;
			}
			closed = true;
			Held held = HELD.get(file);
			if (held == null || --held.count > 0) {
				return;
			}
			HELD.remove(file);
			try {
				held.lock.release();
			} finally {
				held.channel.close();
			}
		}
	}

	/** The open lock file of a machine locked by this JVM and how many holds it has. */
	private static final class Held {
		final FileChannel channel;
		final FileLock lock;
		int count = 1;

		Held(FileChannel channel, FileLock lock) {
			this.channel = channel;
			this.lock = lock;
		}
	}
}
