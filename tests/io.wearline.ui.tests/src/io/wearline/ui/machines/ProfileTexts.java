package io.wearline.ui.machines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.wearline.core.Machine;

/**
 * Profiles with errors that the tests write into machine folders; the valid one is
 * {@link io.wearline.test.support.SampleProfiles#motor}.
 */
final class ProfileTexts {
	private ProfileTexts() {
	}

	/**
	 * A profile with exactly two errors: the nominal speed lies outside the sensor's range, and a failure effect
	 * names a sensor the machine does not have.
	 */
	static String withTwoErrors(String id, String name) {
		return """
				machine %s "%s" {
				  type pump
				  sensor speed "Shaft speed" {
				    kind speed
				    unit "rpm"
				    range 0 to 3000
				    nominal 5000
				    noise 2.5
				    wear falls by 40
				  }
				  degradation { law exponential(rate = 3.0) initial wear 0 to 0.05 rate variability 0.1 failure threshold 0.2 }
				  life 150 to 400 cycles
				  failure seal_leak "Seal leak" { probability 0.3 onset at health 0.6 effect drift on flow by -20 }
				  dataset { train 35000 rows validation 7500 rows test 7500 rows split by unit seed 42 }
				  training { epochs 300 batch 500 embedding 128 compress (128, 128) decompress (128, 128) learning rate 0.001 l2 0.00001 seed 42 }
				}
				""".formatted(id, name);
	}

	/** Writes a profile into {@code <workspace>/<id>/profile.machine}, as {@code ./wearline new} would. */
	static Path write(Path workspace, String id, String text) throws IOException {
		Path folder = Files.createDirectories(workspace.resolve(id));
		return Files.writeString(folder.resolve(Machine.PROFILE_FILE), text, StandardCharsets.UTF_8);
	}
}
