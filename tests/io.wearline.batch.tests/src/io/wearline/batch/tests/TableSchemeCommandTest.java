package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.test.support.SampleProfiles;

/**
 * Every command that reads or writes a table refuses a URI whose scheme Wearline does not support (ftp, http,
 * https, jar...) by name, before it reads or writes anything; none fails with a bare "null" or a missing class.
 */
class TableSchemeCommandTest {
	@TempDir
	Path cwd;

	@Test
	void seedInspectAndScoreRefuseUnsupportedSchemesByName() throws IOException {
		SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "seed", "m1.machine", "--units", "2", "--out", "real.csv")
				.exit());
		List<Path> before = files();
		for (String[] words : List.of(
				new String[] { "seed", "m1.machine", "--units", "2", "--out", "http://example.org/seed.parquet" },
				new String[] { "seed", "m1.machine", "--units", "2", "--out", "ftp://example.org/seed.csv" },
				new String[] { "inspect", "https://example.org/seed.parquet" },
				new String[] { "inspect", "jar:file:/tmp/x.jar!/seed.parquet" },
				new String[] { "score", "real.csv", "ftp://example.org/synthetic.parquet", "--out", "reports" })) {
			CommandRun run = CommandRun.in(cwd, words);
			String uri = Stream.of(words).filter(w -> w.contains(":")).findFirst().orElseThrow();
			String scheme = uri.substring(0, uri.indexOf(':'));
			assertEquals(ExitCode.USAGE, run.exit(), run::toString);
			assertTrue(run.err().contains("'" + uri + "': the scheme '" + scheme + ":' is not supported")
					&& run.err().contains("hdfs: and s3a:"), run::toString);
			assertFalse(run.err().contains("null") || run.err().contains("Exception")
					|| run.err().contains("NoClassDefFound"), run::toString);
		}
		assertEquals(before, files(), "nothing was written");
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(cwd)) {
			return files.sorted().toList();
		}
	}
}
