package io.wearline.pipeline.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.pipeline.BuildSettings;
import io.wearline.quality.QualityThresholds;

/**
 * Small machines for real builds: two sensors, a small network, a dataset of 900 rows, so that a whole build (1,500
 * seed rows, one epoch, a report with utility) takes seconds.
 */
final class BuildProfiles {

	/** The rows of the three generated splits of {@link #profile}. */
	static final int GENERATED_ROWS = 600 + 150 + 150;

	private BuildProfiles() {
	}

	/** A valid profile file of this id in the folder. */
	static Path profile(Path folder, String id) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(id + ".machine"), """
				machine %s "Pipeline test machine" {
				  type custom
				  sensor vibration "Vibration" {
				    kind vibration
				    unit "mm/s"
				    range 0 to 12
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
				    train 600 rows
				    validation 150 rows
				    test 150 rows
				    split by unit
				    seed 7
				  }
				  training {
				    epochs 1
				    batch 500
				    embedding 16
				    compress (32, 32)
				    decompress (32, 32)
				    learning rate 0.001
				    l2 0.00001
				    seed 42
				  }
				}
				""".formatted(id), StandardCharsets.UTF_8);
	}

	/** A profile file that does not parse: its sensor block is never closed. */
	static Path broken(Path folder, String id) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(id + ".machine"), "machine " + id + " \"Broken\" {\n  type custom\n"
				+ "  sensor vibration \"Vibration\" {\n    kind vibration\n", StandardCharsets.UTF_8);
	}

	/**
	 * Settings of a quick build: 1,500 seed rows, one epoch; thresholds a one-epoch model meets (the build's
	 * figures, not the model's quality, are under test).
	 */
	static BuildSettings quick(boolean score) {
		return new BuildSettings(Optional.of(1), Optional.of(1_500L), Optional.empty(), score,
				QualityThresholds.defaults().parse("overall=0,shapes=0,pairs=off,utility=off,privacy=off"));
	}

	/** A table read back from its file. */
	static Table read(Path file) throws IOException {
		return TableFormats.standard().read(file, ReadOptions.defaults()).table();
	}
}
