package io.wearline.pipeline.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.pipeline.BuildSettings;
import io.wearline.quality.QualityThresholds;
import io.wearline.test.support.SampleProfiles;

/**
 * Machines for real, quick builds: the shared sample motor with 1,500 seed rows and one epoch, so that a whole
 * build (its dataset block's 50,000 generated rows and a report with utility included) takes seconds.
 */
final class BuildProfiles {

	/** The rows of the three generated splits of the sample motor's dataset block. */
	static final int GENERATED_ROWS = 35_000 + 7_500 + 7_500;

	private BuildProfiles() {
	}

	/** The sample motor as a profile file of this id in the folder. */
	static Path profile(Path folder, String id) {
		return SampleProfiles.write(folder.resolve(id + ".machine"), SampleProfiles.motor(id, "Motor " + id));
	}

	/** A profile file with one validation error, at {@link SampleProfiles#BROKEN_LINE}. */
	static Path broken(Path folder, String name) {
		return SampleProfiles.write(folder.resolve(name + ".machine"), SampleProfiles.BROKEN);
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
