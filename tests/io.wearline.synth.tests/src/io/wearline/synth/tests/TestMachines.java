package io.wearline.synth.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.Profiles;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;
import io.wearline.model.MachineProfile;
import io.wearline.synth.Trainer;
import io.wearline.synth.TrainingInput;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * Machines in a temporary workspace for the trainer's and generator's tests: a valid profile whose sensors are the
 * test table's continuous columns (with ranges), a small network, and tables whose true distributions the tests
 * know.
 */
final class TestMachines {

	/** The regimes of the two-mode table: the first two follow the vibration's mode, the third is the rest. */
	static final String[] REGIMES = { "idle", "load", "transit" };
	/** The vibration sensor's upper range in the profile: below the data's largest values, so clipping shows. */
	static final double VIBRATION_MAX = 8;

	private TestMachines() {
	}

	/** The profile text of a machine: two sensors with ranges, a small network, {@code epochs} epochs. */
	static String profileText(String id, int epochs) {
		return """
				machine %s "Test machine" {
				  type custom
				  sensor vibration "Vibration" {
				    kind vibration
				    unit "mm/s"
				    range 0 to %s
				    nominal 2
				    noise 0.1
				    wear rises by 5
				  }
				  sensor temperature "Temperature" {
				    kind temperature
				    unit "°C"
				    range 0 to 100
				    nominal 50
				    noise 0.5
				    wear rises by 10
				  }
				  degradation {
				    law linear
				    initial wear 0 to 0.05
				    rate variability 0.1
				    failure threshold 0.2
				  }
				  life 100 to 300 cycles
				  dataset {
				    train 3000 rows
				    validation 600 rows
				    test 600 rows
				    split by unit
				    seed 7
				  }
				  training {
				    epochs %d
				    batch 500
				    embedding 32
				    compress (64, 64)
				    decompress (64, 64)
				    learning rate 0.001
				    l2 0.00001
				    seed 42
				  }
				}
				""".formatted(id, (int) VIBRATION_MAX, epochs);
	}

	/** A machine folder in the workspace with that profile; throws when the profile has errors. */
	static Machine machine(Path workspace, String id, int epochs) throws IOException {
		Machine machine = new Machine(id, workspace.resolve(id));
		Files.createDirectories(machine.folder());
		Files.writeString(machine.profileFile(), profileText(id, epochs), StandardCharsets.UTF_8);
		profile(machine);
		return machine;
	}

	/** The machine's profile, read and validated. */
	static MachineProfile profile(Machine machine) {
		LoadedProfile loaded = Profiles.get().load(machine.profileFile());
		if (loaded.hasErrors()) {
			throw new IllegalStateException("the test profile has errors: " + loaded.problems().stream()
					.map(Object::toString).collect(Collectors.joining("; ")));
		}
		return loaded.profile();
	}

	/** A training input of the machine's profile and a table in memory. */
	static TrainingInput input(Machine machine, Table table) {
		return new TrainingInput(machine, profile(machine), table, "");
	}

	/** The model file of the machine trained on the table with the profile's settings; fails unless it completes. */
	static Path trainedModel(Machine machine, Table table) throws IOException {
		TrainingResult result = Trainer.train(input(machine, table), TrainingRequest.defaults(), TrainingListener.NONE,
				new NullProgressMonitor());
		if (result.outcome() != TrainingOutcome.COMPLETED) {
			throw new AssertionError("the training did not complete: " + result.outcome() + " " + result.message());
		}
		return result.modelFile();
	}

	/** Writes the table as the machine's seed data. */
	static void writeSeed(Machine machine, Table table) throws IOException {
		TableFormats.standard().write(table, machine.seedFile());
	}

	/**
	 * The two-mode table: vibration from two normal modes (60% around 2, 40% around 7), a temperature that rises
	 * with the mode, and a regime that follows the mode in 90% of the rows ({@code idle} / {@code load}) and is
	 * {@code transit} in the others.
	 */
	static Table twoModes(int rows, long seed) {
		Schema schema = Schema.of(Column.required("vibration", ColumnType.DOUBLE),
				Column.required("temperature", ColumnType.DOUBLE), Column.required("regime", ColumnType.CATEGORICAL));
		SplittableRandom random = new SplittableRandom(seed);
		TableBuilder builder = new TableBuilder(schema, rows);
		for (int row = 0; row < rows; row++) {
			int mode = random.nextDouble() < 0.6 ? 0 : 1;
			builder.doubles("vibration").add(mode == 0 ? 2 + 0.5 * random.nextGaussian()
					: 7 + 0.6 * random.nextGaussian());
			builder.doubles("temperature").add(45 + 15 * mode + 3 * random.nextGaussian());
			builder.categoricals("regime").add(random.nextDouble() < 0.9 ? REGIMES[mode] : REGIMES[2]);
		}
		return builder.build();
	}

	/**
	 * A table with a rare failure mode: {@code none} in 59% of the rows, {@code wear} in 40%, {@code seal_leak} in
	 * 1%, each with its own temperature level, and the vibration of {@link #twoModes}.
	 */
	static Table rareMode(int rows, long seed) {
		Schema schema = Schema.of(Column.required("vibration", ColumnType.DOUBLE),
				Column.required("temperature", ColumnType.DOUBLE),
				Column.required("failure_mode", ColumnType.CATEGORICAL));
		SplittableRandom random = new SplittableRandom(seed);
		TableBuilder builder = new TableBuilder(schema, rows);
		for (int row = 0; row < rows; row++) {
			double draw = random.nextDouble();
			int mode = draw < 0.01 ? 2 : draw < 0.41 ? 1 : 0;
			builder.doubles("vibration").add(mode == 1 ? 7 + 0.6 * random.nextGaussian()
					: 2 + 0.5 * random.nextGaussian());
			builder.doubles("temperature").add(new double[] { 45, 60, 80 }[mode] + 3 * random.nextGaussian());
			builder.categoricals("failure_mode").add(new String[] { "none", "wear", "seal_leak" }[mode]);
		}
		return builder.build();
	}
}
