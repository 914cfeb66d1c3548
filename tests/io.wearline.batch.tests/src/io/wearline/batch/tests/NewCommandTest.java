package io.wearline.batch.tests;

import static io.wearline.batch.tests.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.core.MachineTemplate;
import io.wearline.core.TemplateRegistry;

/** {@code new} and {@code templates}, over the templates the extension point serves. */
class NewCommandTest {
	@TempDir
	Path cwd;

	@Test
	void templatesListsEveryTemplateInATable() {
		List<MachineTemplate> templates = TemplateRegistry.get().templates();
		assertFalse(templates.isEmpty(), "no template is contributed to the test runtime");
		CommandRun run = CommandRun.in(cwd, "templates");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
		List<String> lines = run.outLines();
		assertEquals(templates.size() + 1, lines.size(), run::toString);
		assertTrue(lines.get(0).matches("ID +NAME +DESCRIPTION"), lines.get(0));
		int nameColumn = lines.get(0).indexOf("NAME");
		for (int i = 0; i < templates.size(); i++) {
			MachineTemplate template = templates.get(i);
			String line = lines.get(i + 1);
			assertTrue(line.startsWith(template.id() + " "), line);
			assertEquals(template.name(), line.substring(nameColumn, nameColumn + template.name().length()), line);
			assertTrue(line.endsWith(template.description()), line);
		}
	}

	@Test
	void createsAMachineThatValidates() throws IOException {
		String template = TemplateRegistry.get().templates().get(0).id();
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
		String template = TemplateRegistry.get().templates().get(0).id();
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
		String known = TemplateRegistry.get().templates().stream().map(MachineTemplate::id)
				.collect(Collectors.joining(", "));
		CommandRun run = CommandRun.in(cwd, "new", "--template", "spaceship", "--id", "s1");
		assertUsageError(run, "wearline new: unknown template 'spaceship': write one of " + known);
		assertFalse(Files.exists(cwd.resolve("workspace")));
	}
}
