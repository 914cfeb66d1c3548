package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.batch.ExitCode;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;

/** {@code train} and {@code generate} on a motor of the workspace: progress lines, files, refusals. */
class TrainGenerateCommandTest {
	@TempDir
	Path cwd;

	private Path machine;

	@BeforeEach
	void createAndSeedMotor() {
		CommandRun created = CommandRun.in(cwd, "new", "--template", "motor", "--id", "motor_1", "--workspace", "ws");
		assertEquals(ExitCode.OK, created.exit(), created::toString);
		machine = cwd.resolve("ws/motor_1");
	}

	private CommandRun seed() {
		CommandRun seeded = CommandRun.in(cwd, "seed", "motor_1", "--workspace", "ws", "--rows", "2000");
		assertEquals(ExitCode.OK, seeded.exit(), seeded::toString);
		return seeded;
	}

	private static Table read(Path file) throws IOException {
		return TableFormats.standard().read(file, ReadOptions.defaults()).table();
	}

	@Test
	void trainPrintsALinePerEpochAndTheModelThenGenerateWritesTheThreeFiles() throws IOException {
		seed();
		CommandRun trained = CommandRun.in(cwd, "train", "motor_1", "--workspace", "ws", "--epochs", "2");
		assertEquals(ExitCode.OK, trained.exit(), trained::toString);
		List<String> lines = trained.outLines();
		assertTrue(lines.get(0).startsWith("training run "), trained::toString);
		Pattern epochLine = Pattern.compile("epoch (\\d)/2  loss -?\\d+\\.\\d{4}  val -?\\d+\\.\\d{4}( \\*|  )  "
				+ "\\d+\\.\\d\\d s/epoch  ETA \\d+:\\d\\d");
		for (int e = 1; e <= 2; e++) {
			Matcher matcher = epochLine.matcher(lines.get(e));
			assertTrue(matcher.matches(), lines.get(e));
			assertEquals(String.valueOf(e), matcher.group(1));
		}
		Path model = machine.resolve("model/model.wlm");
		assertTrue(trained.out().contains("model: " + model), trained::toString);
		assertTrue(Files.isRegularFile(model) && Files.isRegularFile(machine.resolve("model/manifest.json")));

		CommandRun generated = CommandRun.in(cwd, "generate", "motor_1", "--workspace", "ws", "--train", "1200",
				"--val", "300", "--test", "200", "--seed", "3");
		assertEquals(ExitCode.OK, generated.exit(), generated::toString);
		int[] counts = { 1200, 300, 200 };
		String[] splits = { "train", "val", "test" };
		for (int i = 0; i < 3; i++) {
			Path file = machine.resolve("data/" + splits[i] + ".parquet");
			assertTrue(generated.out().contains("wrote " + file + "  " + counts[i] + " rows"), generated::toString);
			Table table = read(file);
			assertEquals(counts[i], table.rowCount());
			assertEquals(read(machine.resolve("seed/seed.parquet")).schema(), table.schema());
		}
		assertTrue(generated.out().contains("manifest " + machine.resolve("data/manifest.json")), generated::toString);
		assertTrue(Files.readString(machine.resolve("data/manifest.json")).contains("\"rows\" : 1200"));

		String mode = read(machine.resolve("seed/seed.parquet")).categoricals("failure_mode").label(0);
		// the machine named by its folder, as every command that takes a machine allows
		CommandRun conditional = CommandRun.in(cwd, "generate", "ws/motor_1", "--train", "300", "--val", "50",
				"--test", "50", "--where", "failure_mode=" + mode);
		assertEquals(ExitCode.OK, conditional.exit(), conditional::toString);
		assertTrue(conditional.out().contains("where failure_mode=" + mode + ": "), conditional::toString);
		Table train = read(machine.resolve("data/train.parquet"));
		assertEquals(300, train.rowCount());
		for (int row = 0; row < train.rowCount(); row++) {
			assertEquals(mode, train.categoricals("failure_mode").label(row));
		}

		CommandRun prior = CommandRun.in(cwd, "generate", "motor_1", "--workspace", "ws", "--train", "300",
				"--val", "50", "--test", "50", "--latent", "mix=0.4");
		assertEquals(ExitCode.OK, prior.exit(), prior::toString);
		assertTrue(prior.out().contains("latent mix=0.40: 40% of the latent codes drawn from the standard normal"
				+ " prior"), prior::toString);
		assertEquals(300, read(machine.resolve("data/train.parquet")).rowCount());
		String manifest = Files.readString(machine.resolve("data/manifest.json"));
		assertTrue(manifest.contains("\"latent\" : \"mix=0.40\"") && manifest.contains("\"priorShare\" : 0.4"),
				manifest);
	}

	@Test
	void aConditionThatDoesNotFitTheModelIsRefusedAndTheFilesStay() throws IOException {
		seed();
		assertEquals(ExitCode.OK, CommandRun.in(cwd, "train", "motor_1", "--workspace", "ws", "--epochs", "1")
				.exit());
		CommandRun bad = CommandRun.in(cwd, "generate", "motor_1", "--workspace", "ws", "--where", "colour=red");
		assertEquals(ExitCode.FAILED, bad.exit(), bad::toString);
		assertTrue(bad.err().contains("has no column 'colour'"), bad::toString);
		assertFalse(Files.exists(machine.resolve("data/train.parquet")));
		CommandRun malformed = CommandRun.in(cwd, "generate", "motor_1", "--workspace", "ws", "--where", "colour");
		assertEquals(ExitCode.USAGE, malformed.exit(), malformed::toString);
	}

	@Test
	void trainingWithoutSeedDataAndGeneratingWithoutAModelAreRefusedWithWhatToDo() {
		CommandRun train = CommandRun.in(cwd, "train", "motor_1", "--workspace", "ws", "--epochs", "1");
		assertEquals(ExitCode.FAILED, train.exit(), train::toString);
		assertTrue(train.err().contains("wearline seed motor_1"), train::toString);
		CommandRun generate = CommandRun.in(cwd, "generate", "motor_1", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, generate.exit(), generate::toString);
		assertTrue(generate.err().contains("has no model yet") && generate.err().contains("wearline train"),
				generate::toString);
		CommandRun resume = CommandRun.in(cwd, "train", "motor_1", "--workspace", "ws", "--resume");
		assertEquals(ExitCode.FAILED, resume.exit(), resume::toString);
		CommandRun unknown = CommandRun.in(cwd, "train", "pump_9", "--workspace", "ws");
		assertEquals(ExitCode.FAILED, unknown.exit(), unknown::toString);
		assertTrue(unknown.err().contains("no machine 'pump_9'"), unknown::toString);
	}

	@Test
	void bothCommandsExplainThemselvesAndCheckTheirOptions() {
		for (String command : new String[] { "train", "generate" }) {
			CommandRun help = CommandRun.in(cwd, command, "--help");
			assertEquals(ExitCode.OK, help.exit(), help::toString);
			assertTrue(help.out().startsWith("Usage: wearline " + command + " <machine id>"), help::toString);
		}
		assertTrue(CommandRun.in(cwd, "generate", "--help").out().contains("[--where COLUMN=VALUE ...]"));
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "train", "motor_1", "--epochs", "0").exit());
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "train", "motor_1", "--resume", "--seed", "3").exit());
		assertEquals(ExitCode.USAGE, CommandRun.in(cwd, "generate", "motor_1", "--train", "-5").exit());
		CommandRun latent = CommandRun.in(cwd, "generate", "motor_1", "--latent", "normal");
		assertEquals(ExitCode.USAGE, latent.exit(), latent::toString);
		assertTrue(latent.err().contains("--latent: 'normal' is not a latent source; write prior, posterior, mix"),
				latent::toString);
		CommandRun conditioned = CommandRun.in(cwd, "generate", "motor_1", "--latent", "prior", "--where", "a=b");
		assertEquals(ExitCode.USAGE, conditioned.exit(), conditioned::toString);
		assertTrue(CommandRun.in(cwd, "help").out().contains("\n  train "));
	}
}
