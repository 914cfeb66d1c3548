package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.wearline.core.Machine;
import io.wearline.core.StepOutcome;

/**
 * The files each step leaves in a machine's folder, as {@code status} lists them and {@code machines} dates the
 * last change by: profile, seed data, model, datasets, reports and the last outcome.
 */
final class MachineFiles {
	/** One file of the machine, relative to its folder. */
	record Entry(String path, long bytes, Instant modified) {
	}

	private static final List<String> KNOWN = List.of(Machine.PROFILE_FILE, "seed/seed.parquet", "model/model.wlm",
			"model/manifest.json", "data/train.parquet", "data/val.parquet", "data/test.parquet", "data/manifest.json",
			"reports/quality.json", "reports/quality.html", StepOutcome.FILE);

	private MachineFiles() {
	}

	/** The machine's files that exist, in the order of the flow. */
	static List<Entry> of(Machine machine) throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (String name : KNOWN) {
			Path file = machine.folder().resolve(name);
			if (Files.isRegularFile(file)) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				entries.add(new Entry(name, attributes.size(), attributes.lastModifiedTime().toInstant()));
			}
		}
		return entries;
	}

	/** When any of the machine's files last changed. */
	static Optional<Instant> lastChange(Machine machine) throws IOException {
		return of(machine).stream().map(Entry::modified).max(Instant::compareTo);
	}
}
