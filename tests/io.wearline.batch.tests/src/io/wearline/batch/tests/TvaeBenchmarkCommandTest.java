package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;

/** {@code bench-tvae} at a tiny size: its figures, and the network input it writes for the PyTorch reference. */
class TvaeBenchmarkCommandTest {
	@TempDir
	Path cwd;

	@Test
	void printsTheFiguresAndWritesTheNetworkInputOfTheAi4iTable() throws IOException {
		CommandRun run = CommandRun.in(cwd, "bench-tvae", "--tables", "ai4i", "--rows", "600", "--threads", "1",
				"--warm-up", "1", "--epochs", "2", "--sample-rows", "3000", "--sample-runs", "1", "--network-csv",
				"torch");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		String result = run.outLines().stream().filter(l -> l.startsWith("RESULT table=ai4i threads=1 ")).findFirst()
				.orElseThrow(() -> new AssertionError(run.toString()));
		assertTrue(result.contains(" rows=600 "), result);
		assertTrue(result.matches(".* seconds_per_epoch=[0-9.]+ .* sampled_rows_per_second=[0-9]+ .*"), result);
		assertTrue(run.out().contains("RESULT peak_rss_mb="), run::toString);
		// the network input: a span line whose widths add up to every row's number of values
		List<String> lines = Files.readAllLines(cwd.resolve("torch/ai4i.csv"));
		assertEquals(601, lines.size());
		String[] spans = lines.get(0).split(" ");
		assertEquals("#", spans[0]);
		assertEquals("spans", spans[1]);
		int width = 0;
		for (int i = 2; i < spans.length; i++) {
			String[] parts = spans[i].split(":");
			assertEquals(width, Integer.parseInt(parts[0]), spans[i]);
			assertTrue(parts[2].equals("tanh") || parts[2].equals("softmax"), spans[i]);
			width += Integer.parseInt(parts[1]);
		}
		int columns = width;
		assertTrue(result.contains(" width=" + columns + " "), result);
		for (String line : lines.subList(1, lines.size())) {
			assertEquals(columns, line.split(",").length);
		}
	}

	@Test
	void anUnknownTableIsAUsageError() {
		CommandRun run = CommandRun.in(cwd, "bench-tvae", "--tables", "ai4i,cmapss");
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		assertTrue(run.err().contains("cmapss"), run::toString);
	}
}
