package io.wearline.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.core.internal.store.TextHash;
import io.wearline.data.AtomicFile;

/**
 * The kept versions of one machine's profile, in the machine's {@value #FOLDER} folder: for version {@code n} the
 * text {@code n.machine} and its record {@code n.json} (time, user, summary, hash). The newest version is the text
 * the store last wrote, so comparing it with {@code profile.machine} tells whether someone edited the file outside
 * Wearline. Only the last {@link #limit()} versions are kept; older ones are deleted when a new one is recorded.
 * <p>
 * Reading is safe from any thread and process; {@link MachineStore} records versions while it holds the machine's
 * lock.
 */
public final class ProfileHistory {
	/** The folder inside a machine's folder. */
	public static final String FOLDER = "history";
	/** The system property that sets how many versions are kept. */
	public static final String LIMIT_PROPERTY = "wearline.historyLimit";
	/** How many versions are kept when {@value #LIMIT_PROPERTY} is not set. */
	public static final int DEFAULT_LIMIT = 100;

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String TEXT = ".machine";
	private static final String RECORD = ".json";
	private static final Object RECORDING = new Object();

	private final Path folder;

	/** The history of this machine; nothing is read until asked. */
	public ProfileHistory(Machine machine) {
		this.folder = machine.folder().resolve(FOLDER);
	}

	/** How many versions are kept: {@value #LIMIT_PROPERTY}, else {@value #DEFAULT_LIMIT}; at least 1. */
	public static int limit() {
		try {
			return Math.max(1, Integer.parseInt(System.getProperty(LIMIT_PROPERTY, "" + DEFAULT_LIMIT).strip()));
		} catch (NumberFormatException e) {
			return DEFAULT_LIMIT;
		}
	}

	/** Every kept version, oldest first; empty when none was kept. Damaged records are skipped. */
	public List<ProfileVersion> versions() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<ProfileVersion> versions = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				readRecord(file).ifPresent(versions::add);
			}
		}
		versions.sort(Comparator.comparingInt(ProfileVersion::number));
		return versions;
	}

	/** The newest version, if any was kept. */
	public Optional<ProfileVersion> latest() throws IOException {
		List<ProfileVersion> versions = versions();
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/** The version of this number, if it is kept. */
	public Optional<ProfileVersion> version(int number) throws IOException {
		return readRecord(folder.resolve(number + RECORD));
	}

	/**
	 * The text of a version, exactly as it was saved.
	 *
	 * @throws NoSuchFileException when the version is not kept; the message says which versions are
	 */
	public String text(int number) throws IOException {
		Path file = folder.resolve(number + TEXT);
		if (version(number).isEmpty() || !Files.isRegularFile(file)) {
			List<ProfileVersion> kept = versions();
			throw new NoSuchFileException(file.toString(), null, "version " + number + " is not kept; "
					+ (kept.isEmpty() ? "this machine has no versions yet"
							: "the kept versions are " + kept.get(0).number() + " to "
									+ kept.get(kept.size() - 1).number()));
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/**
	 * Records a text as the next version and deletes versions beyond the {@link #limit()}. The caller holds the
	 * machine's lock.
	 */
	ProfileVersion record(String text, String summary) throws IOException {
		// the machine's lock is counted per JVM, so two threads of one JVM may both hold it: one number each
		synchronized (RECORDING) {
			return recordNext(text, summary);
		}
	}

	private ProfileVersion recordNext(String text, String summary) throws IOException {
		Files.createDirectories(folder);
		int number = latest().map(ProfileVersion::number).orElse(0) + 1;
		ProfileVersion version = new ProfileVersion(number, Instant.now(), System.getProperty("user.name", "?"),
				summary, TextHash.of(text));
		AtomicFile.write(folder.resolve(number + TEXT), text.getBytes(StandardCharsets.UTF_8));
		// the record last: a version exists once its record does, so a crash in between leaves no half version
		ObjectNode node = JSON.createObjectNode();
		node.put("number", number);
		node.put("time", version.time().toString());
		node.put("user", version.user());
		node.put("summary", summary);
		node.put("sha256", version.sha256());
		AtomicFile.write(folder.resolve(number + RECORD),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
		prune();
		return version;
	}

	private void prune() throws IOException {
		List<ProfileVersion> versions = versions();
		for (int i = 0; i < versions.size() - limit(); i++) {
			int number = versions.get(i).number();
			Files.deleteIfExists(folder.resolve(number + RECORD));
			Files.deleteIfExists(folder.resolve(number + TEXT));
		}
	}

	private static Optional<ProfileVersion> readRecord(Path file) {
		String name = file.getFileName().toString();
		if (!name.endsWith(RECORD) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
			int number = node.path("number").asInt(-1);
			if (number < 1 || !name.equals(number + RECORD)) {
				return Optional.empty();
			}
			return Optional.of(new ProfileVersion(number, Instant.parse(node.path("time").asText()),
					node.path("user").asText("?"), node.path("summary").asText(""), node.path("sha256").asText("")));
		} catch (IOException | DateTimeParseException e) {
			return Optional.empty(); // a damaged record is no version; its text stays for a person to read
		}
	}
}
