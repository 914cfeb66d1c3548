package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.test.support.SampleProfiles;

/**
 * Messages about hostile input: control characters from the input are escaped, a device or a pipe is named as
 * such, and an --out that is a file is told apart from a folder before any work.
 */
class HostileMessagesTest {
	@TempDir
	Path cwd;

	@Test
	void controlCharactersOfAProfileAreEscapedInMessages() throws IOException {
		String hostile = SampleProfiles.MOTOR.replaceFirst("sensor (\\w+)", "sensor \u001b[2J\u0000$1\u009b");
		SampleProfiles.write(cwd.resolve("evil\u001b[31m.machine"), hostile);
		CommandRun run = CommandRun.in(cwd, "validate", ".");
		assertEquals(ExitCode.FAILED, run.exit(), run::toString);
		String printed = run.out() + run.err();
		assertTrue(printed.contains("evil\\e[31m.machine:"), run::toString);
		assertTrue(printed.contains("\\e"), run::toString);
		assertTrue(printed.chars().noneMatch(c -> c == 0x1b || c == 0 || c == 0x9b), run::toString);
	}

	@Test
	void inspectEscapesControlCharactersOfColumnNames() throws IOException {
		Files.writeString(cwd.resolve("escape.csv"), "a\u001b[2J,b\n1,x\n");
		CommandRun run = CommandRun.in(cwd, "inspect", "escape.csv");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		assertTrue(run.out().contains("a\\e[2J"), run::toString);
		assertTrue(run.out().chars().noneMatch(c -> c == 0x1b), run::toString);
	}

	@Test
	void aProfileThatIsADeviceOrAPipeIsNotARegularFile() throws IOException, InterruptedException {
		Path device = Files.createSymbolicLink(cwd.resolve("zero.machine"), Path.of("/dev/zero"));
		Path pipe = cwd.resolve("pipe.machine");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
		for (Path file : new Path[] { device, pipe }) {
			for (String command : new String[] { "validate", "seed" }) {
				CommandRun run = CommandRun.in(cwd, command, file.getFileName().toString());
				assertEquals(ExitCode.USAGE, run.exit(), run::toString);
				assertTrue(run.err().contains(file.getFileName() + " is not a regular file"), run::toString);
				assertFalse(run.err().contains("no such file"), run::toString);
			}
		}
	}

	@Test
	void scoreWithAnOutThatIsAFileSaysSoBeforeScoring() throws IOException {
		SampleProfiles.write(cwd.resolve("m1.machine"), SampleProfiles.MOTOR);
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "seed", "m1.machine", "--units", "2", "--out", "real.csv").exit());
		Files.writeString(cwd.resolve("taken"), "a file");
		CommandRun run = CommandRun.in(cwd, "score", "real.csv", "real.csv", "--out", "taken");
		assertEquals(ExitCode.USAGE, run.exit(), run::toString);
		assertTrue(run.err().startsWith("wearline score: --out taken is a file, not a folder"), run::toString);
		assertEquals("a file", Files.readString(cwd.resolve("taken")));
	}
}
