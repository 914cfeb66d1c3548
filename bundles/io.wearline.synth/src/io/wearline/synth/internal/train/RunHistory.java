package io.wearline.synth.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.wearline.synth.PastRun;

/** Reads the run records of a machine's {@code runs/} folder for {@link PastRun}. */
public final class RunHistory {

	private RunHistory() {
	}

	/**
	 * The runs of a {@code runs/} folder, oldest first; a folder whose record is missing or damaged is no run (it
	 * is only a note of an interrupted start).
	 */
	public static List<PastRun> read(Path runsFolder) throws IOException {
		List<PastRun> runs = new ArrayList<>();
		if (!Files.isDirectory(runsFolder)) {
			return runs;
		}
		try (Stream<Path> folders = Files.list(runsFolder)) {
			for (Path folder : (Iterable<Path>) folders::iterator) {
				if (Files.isRegularFile(folder.resolve(RunRecord.FILE_NAME))) {
					try {
						runs.add(RunRecord.read(folder).past());
					} catch (IOException | RuntimeException e) {
						// a damaged record tells nothing about a run
					}
				}
			}
		}
		runs.sort(Comparator.comparing(PastRun::updated, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(PastRun::id));
		return runs;
	}
}
