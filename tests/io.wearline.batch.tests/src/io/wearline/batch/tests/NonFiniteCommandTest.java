package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;

/** {@code inspect} and {@code score} say how many values of a column were infinite, and count them as missing. */
class NonFiniteCommandTest {
	@TempDir
	Path cwd;

	@Test
	void inspectAndScoreNoteNonFiniteValuesPerColumn() throws IOException {
		StringBuilder real = new StringBuilder("load,temp\n");
		StringBuilder hostile = new StringBuilder("load,temp\n");
		for (int row = 0; row < 200; row++) {
			real.append(row % 17 * 0.5).append(',').append(20 + row % 11).append('\n');
			hostile.append(row % 2 == 0 ? "1e400" : "-Infinity").append(',').append(20 + row % 11).append('\n');
		}
		Files.writeString(cwd.resolve("real.csv"), real);
		Files.writeString(cwd.resolve("hostile.csv"), hostile);

		CommandRun inspect = CommandRun.in(cwd, "inspect", "hostile.csv");
		assertEquals(ExitCode.OK, inspect.exit(), inspect::toString);
		assertTrue(inspect.out().contains("note: hostile.csv: column 'load' has 200 non-finite values"),
				inspect::toString);
		assertTrue(inspect.outLines().stream().anyMatch(l -> l.matches("load\\s+DOUBLE\\s+yes\\s+0\\s+200\\s.*")),
				inspect::toString);

		CommandRun score = CommandRun.in(cwd, "score", "real.csv", "hostile.csv", "--out", "reports");
		assertTrue(score.err().contains("wearline score: note: hostile.csv: column 'load' has 200 non-finite values"),
				score::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("reports/quality.json")), score::toString);
	}
}
