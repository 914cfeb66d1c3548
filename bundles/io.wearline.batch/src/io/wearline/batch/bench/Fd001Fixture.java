package io.wearline.batch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;

/**
 * NASA's C-MAPSS FD001 training table and a peer TVAE's synthetic table made from it, the tables SDMetrics scored in
 * 0.94 s, read from where a checkout has them: the quality test bundle's {@code data/fd001} (gzip parts) or the
 * team's shared {@code data/quality-fixture-fd001} beside {@code data/cmapss}.
 *
 * @param real the 24 operating settings and sensors of NASA's table (unit and cycle left out, as SDMetrics scored it)
 * @param synthetic the synthetic table
 * @param folder where they were read from
 */
record Fd001Fixture(Table real, Table synthetic, Path folder) {
	private static final String TEST_DATA = "tests/io.wearline.quality.tests/data/fd001";

	/** The fixture's folder among the usual places, or none. */
	static Optional<Path> find(Path workingDirectory, Path named) {
		List<Path> candidates = new ArrayList<>();
		if (named != null) {
			candidates.add(named);
		}
		for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			candidates.add(dir.resolve(TEST_DATA));
			candidates.add(dir.resolve("shared/data/quality-fixture-fd001"));
		}
		candidates.add(Path.of("/work/shared/data/quality-fixture-fd001"));
		return candidates.stream().filter(Fd001Fixture::complete).findFirst();
	}

	private static boolean complete(Path folder) {
		return (Files.isRegularFile(folder.resolve("train_FD001.txt.gz"))
				&& Files.isRegularFile(folder.resolve("synthetic_tvae_fd001.part1.csv.gz")))
				|| (Files.isRegularFile(folder.resolve("synthetic_tvae_fd001.csv"))
						&& Files.isRegularFile(folder.resolveSibling("cmapss").resolve("train_FD001.txt")));
	}

	/** Reads the fixture of a folder {@link #find} returned. */
	static Fd001Fixture read(Path folder) throws IOException {
		boolean parts = Files.isRegularFile(folder.resolve("train_FD001.txt.gz"));
		Path realCsv = Files.createTempFile("wearline-fd001-real", ".csv");
		Path syntheticCsv = Files.createTempFile("wearline-fd001-synthetic", ".csv");
		try {
			List<String> columns = columns();
			byte[] nasa = parts ? gunzip(folder.resolve("train_FD001.txt.gz"))
					: Files.readAllBytes(folder.resolveSibling("cmapss").resolve("train_FD001.txt"));
			Files.writeString(realCsv, nasaAsCsv(new String(nasa, StandardCharsets.US_ASCII), columns),
					StandardCharsets.US_ASCII);
			if (parts) {
				try (OutputStream out = Files.newOutputStream(syntheticCsv)) {
					out.write(gunzip(folder.resolve("synthetic_tvae_fd001.part1.csv.gz")));
					out.write(gunzip(folder.resolve("synthetic_tvae_fd001.part2.csv.gz")));
				}
			} else {
				Files.copy(folder.resolve("synthetic_tvae_fd001.csv"), syntheticCsv,
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			TableFormats formats = TableFormats.standard();
			Table real = formats.read(realCsv, ReadOptions.defaults()).table().select(columns.toArray(String[]::new));
			Table synthetic = formats.read(syntheticCsv, ReadOptions.defaults()).table();
			return new Fd001Fixture(real, synthetic, folder);
		} finally {
			Files.deleteIfExists(realCsv);
			Files.deleteIfExists(syntheticCsv);
		}
	}

	/** os1..os3 and s1..s21. */
	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("os1", "os2", "os3"));
		for (int s = 1; s <= 21; s++) {
			columns.add("s" + s);
		}
		return columns;
	}

	private static byte[] gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return in.readAllBytes();
		}
	}

	/** NASA's space-separated lines (unit, cycle, then the columns) as CSV with a header. */
	private static String nasaAsCsv(String text, List<String> columns) {
		StringBuilder csv = new StringBuilder("unit,cycle," + String.join(",", columns) + "\n");
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				csv.append(String.join(",", line.strip().split("\\s+"))).append('\n');
			}
		}
		return csv.toString();
	}
}
