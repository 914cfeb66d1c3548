package io.wearline.batch.tests;

import static io.wearline.batch.tests.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;

/**
 * {@code new} and {@code templates}, checked against what Wearline ships: the template files inside
 * {@code io.wearline.core} (the repository's {@code templates/} folder) and a known entry, not against the
 * template registry the commands themselves read.
 */
class NewCommandTest {
	@TempDir
	Path cwd;

	/** The ids of the template files {@code io.wearline.core} carries: each file's name without .machine. */
	private static Set<String> shippedIds() {
		Enumeration<URL> files = Platform.getBundle("io.wearline.core").findEntries("templates", "*.machine", false);
		Set<String> ids = new TreeSet<>();
		while (files != null && files.hasMoreElements()) {
			String path = files.nextElement().getPath();
			ids.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".machine".length()));
		}
		assertTrue(ids.containsAll(Set.of("blank", "motor", "pump", "turbofan")), ids::toString);
		return ids;
	}

	@Test
	void templatesListsEveryShippedTemplateInATable() {
		CommandRun run = CommandRun.in(cwd, "templates");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		List<String> lines = run.outLines();
		assertTrue(lines.get(0).matches("ID +NAME +DESCRIPTION"), lines.get(0));
		Set<String> listed = lines.subList(1, lines.size()).stream().map(l -> l.split(" ")[0])
				.collect(Collectors.toSet());
		assertTrue(listed.containsAll(shippedIds()), () -> "listed " + listed + " of " + shippedIds());
		int nameColumn = lines.get(0).indexOf("NAME");
		String motor = lines.stream().filter(l -> l.startsWith("motor ")).findFirst().orElseThrow();
		assertTrue(motor.startsWith("Induction motor 75 kW", nameColumn), motor);
	}

	@Test
	void createsAMachineThatValidates() throws IOException {
		String template = "motor";
		CommandRun run = CommandRun.in(cwd, "new", "--template", template, "--id", "line_7", "--workspace", "ws");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		Path profile = cwd.resolve("ws/line_7/profile.machine");
		assertEquals("created " + profile + "\n", run.out());
		assertTrue(Files.readString(profile).contains("machine line_7"), Files.readString(profile));
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "validate", "ws/line_7/profile.machine").exit());

		CommandRun again = CommandRun.in(cwd, "new", "--template", template, "--id", "line_7", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, again.exit(), again::toString);
		assertTrue(again.err().contains("machine 'line_7' exists already"), again::toString);
	}

	@Test
	void workspaceComesFromTheEnvironmentElseTheWorkingDirectory() {
		String template = "motor";
		CommandRun fromEnvironment = CommandRun.in(cwd, Map.of("WEARLINE_WORKSPACE", "shared"), "new", "--template",
				template, "--id", "a");
		assertEquals(ExitCode.OK, fromEnvironment.exit(), fromEnvironment::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("shared/a/profile.machine")));

		CommandRun byDefault = CommandRun.in(cwd, "new", "--template", template, "--id", "b");
		assertEquals(ExitCode.OK, byDefault.exit(), byDefault::toString);
		assertTrue(Files.isRegularFile(cwd.resolve("workspace/b/profile.machine")));
	}

	@Test
	void unknownTemplateListsTheKnownOnes() {
		CommandRun run = CommandRun.in(cwd, "new", "--template", "spaceship", "--id", "s1");
		String prefix = "wearline new: unknown template 'spaceship': write one of ";
		String first = run.err().split("\n")[0];
		assertTrue(first.startsWith(prefix), run::toString);
		assertTrue(Set.of(first.substring(prefix.length()).split(", ")).containsAll(shippedIds()), first);
		assertUsageError(run, first);
		assertFalse(Files.exists(cwd.resolve("workspace")));
	}
}
