package io.wearline.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Who holds a machine's {@link MachineLock}, as its lock file says: {@code operation pid start} on one line.
 *
 * @param operation what the holder does ({@code train}, {@code seed}, ...), or {@code ?} when the file says nothing
 * @param pid the holder's process id, or -1 when unknown
 * @param started when it took the lock, or null when unknown
 */
public record LockHolder(String operation, long pid, Instant started) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	/** The line the lock file holds. */
	String text() {
		return operation.replaceAll("\\s+", "_") + " " + pid + " " + started + "\n";
	}

	/** Reads a lock file; a file that is empty or damaged (a holder that died while writing it) gives unknowns. */
	static LockHolder read(Path file) throws IOException {
		String[] words = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
		if (words.length != 3) {
			return new LockHolder("?", -1, null);
		}
		try {
			return new LockHolder(words[0], Long.parseLong(words[1]), Instant.parse(words[2]));
		} catch (NumberFormatException | DateTimeParseException e) {
			return new LockHolder("?", -1, null);
		}
	}

	/** {@code train started by process 4711 at 14:02}, in this machine's time zone; less when the file said less. */
	public String describe() {
		if (pid < 0) {
			return "held by another process";
		}
		return operation + " started by process " + pid + (started == null ? ""
				: " at " + CLOCK.format(started.atZone(ZoneId.systemDefault())));
	}
}
