package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.core.Machine;

/**
 * The machine's last training run, from its {@code runs/<run-id>/run.json}: the run whose record changed last.
 *
 * @param id the run's id (its folder's name)
 * @param record the run's record as written
 */
record LastRun(String id, JsonNode record) {
	private static final ObjectMapper JSON = new ObjectMapper();

	/** The last run; empty when the machine has none or its record cannot be read. */
	static Optional<LastRun> of(Machine machine) throws IOException {
		if (!Files.isDirectory(machine.runsFolder())) {
			return Optional.empty();
		}
		Optional<Path> last;
		try (Stream<Path> runs = Files.list(machine.runsFolder())) {
			last = runs.map(run -> run.resolve("run.json")).filter(Files::isRegularFile)
					.max(Comparator.comparing(LastRun::modified));
		}
		if (last.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new LastRun(last.get().getParent().getFileName().toString(),
					JSON.readTree(last.get().toFile())));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** {@code 20261203-1402 completed, 40 epochs, best epoch 37 (validation loss 1.234)}. */
	String describe() {
		StringBuilder line = new StringBuilder(id).append(' ').append(record.path("outcome").asText("?"))
				.append(", ").append(record.path("epochs").size()).append(" epochs");
		if (record.path("bestEpoch").asInt(0) > 0) {
			line.append(", best epoch ").append(record.path("bestEpoch").asInt());
			if (record.path("bestValidationLoss").isNumber()) {
				line.append(String.format(java.util.Locale.ROOT, " (validation loss %.4f)",
						record.path("bestValidationLoss").asDouble()));
			}
		}
		return line.toString();
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}
}
