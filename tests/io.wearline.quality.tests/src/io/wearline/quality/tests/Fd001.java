package io.wearline.quality.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;

/**
 * The FD001 fixture of {@code data/fd001} (see its README): NASA's training table and the peer TVAE's synthetic
 * table, read through the data layer as a user's files would be. Loaded once per test run.
 */
final class Fd001 {
	/** The operating settings and sensors, the columns SDMetrics scored. */
	static final List<String> COLUMNS;
	private static Table realWithSequence;
	private static Table synthetic;

	static {
		List<String> columns = new ArrayList<>(List.of("os1", "os2", "os3"));
		for (int s = 1; s <= 21; s++) {
			columns.add("s" + s);
		}
		COLUMNS = List.copyOf(columns);
	}

	private Fd001() {
	}

	/** The real table as SDMetrics scored it: the 24 columns without unit and cycle. */
	static synchronized Table real() {
		return realWithUnits().select(COLUMNS.toArray(String[]::new));
	}

	/** NASA's table with unit and cycle. */
	static synchronized Table realWithUnits() {
		if (realWithSequence == null) {
			realWithSequence = read("train_FD001.txt.gz", true);
		}
		return realWithSequence;
	}

	/** The synthetic table (10,000 rows). */
	static synchronized Table synthetic() {
		if (synthetic == null) {
			synthetic = read("synthetic_tvae_fd001.part1.csv.gz", false);
		}
		return synthetic;
	}

	/** A file of the fixture folder. */
	static Path file(String name) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve("data/fd001"), dir.resolve("tests/io.wearline.quality.tests/data/fd001"))) {
				if (Files.isRegularFile(candidate.resolve(name))) {
					return candidate.resolve(name);
				}
			}
		}
		throw new AssertionError("no data/fd001/" + name + " above " + Path.of("").toAbsolutePath());
	}

	private static Table read(String name, boolean nasaText) {
		try {
			Path csv = Files.createTempFile("fd001-", ".csv");
			try {
				if (nasaText) {
					writeNasaAsCsv(file(name), csv);
				} else {
					try (OutputStream out = Files.newOutputStream(csv)) {
						copy(file(name), out);
						copy(file(name.replace("part1", "part2")), out);
					}
				}
				return TableFormats.standard().read(csv, ReadOptions.defaults()).table();
			} finally {
				Files.deleteIfExists(csv);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(new IOException("cannot read the FD001 fixture " + name, e));
		}
	}

	private static void copy(Path gzip, OutputStream out) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
			in.transferTo(out);
		}
	}

	/** NASA's space-separated lines (trailing spaces included) as CSV with a header. */
	private static void writeNasaAsCsv(Path gzip, Path csv) throws IOException {
		String text;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
			text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		StringBuilder out = new StringBuilder("unit,cycle," + String.join(",", COLUMNS) + "\n");
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				out.append(String.join(",", line.strip().split("\\s+"))).append('\n');
			}
		}
		Files.writeString(csv, out, StandardCharsets.US_ASCII);
	}
}
