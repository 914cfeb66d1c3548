package io.wearline.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;

/**
 * How the last step run on a machine ended (seed, train, generate, score, build ...), kept in the machine's
 * {@value #FILE} so that every process sees it: a failed score or an interrupted training is part of the machine's
 * status, which its files alone cannot tell. Written by every machine Job when it ends.
 *
 * @param step the step, in the command line's word ({@code seed}, {@code train}, {@code generate}, {@code score})
 * @param result how it ended
 * @param message what it made, or why it failed, as the command line prints it
 * @param ended when it ended
 */
public record StepOutcome(String step, Result result, String message, Instant ended) {
	/** The file inside a machine's folder. */
	public static final String FILE = "outcome.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** How a step ended. */
	public enum Result {
		SUCCEEDED, FAILED, CANCELLED
	}

	/** Records this outcome as the machine's last (atomically; the previous one is replaced). */
	public void write(Machine machine) throws IOException {
		ObjectNode node = JSON.createObjectNode();
		node.put("step", step);
		node.put("result", result.name().toLowerCase(Locale.ROOT));
		node.put("message", message);
		node.put("ended", ended.toString());
		AtomicFile.write(machine.folder().resolve(FILE),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
	}

	/** The machine's last outcome; empty when none was recorded or the file is damaged (it is only a note). */
	public static Optional<StepOutcome> read(Machine machine) {
		Path file = machine.folder().resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
			return Optional.of(new StepOutcome(node.path("step").asText("?"),
					Result.valueOf(node.path("result").asText().toUpperCase(Locale.ROOT)),
					node.path("message").asText(""), Instant.parse(node.path("ended").asText())));
		} catch (IOException | IllegalArgumentException | DateTimeParseException | NullPointerException e) {
			return Optional.empty();
		}
	}

	/** Whether this outcome is a failure a user must see. */
	public boolean failed() {
		return result == Result.FAILED;
	}
}
