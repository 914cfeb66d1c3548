package io.wearline.batch.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profiles the tests write into their temporary folders. */
final class SampleProfiles {

	/** A valid motor profile in the profile language. */
	static final String VALID = """
			machine m1 "Motor 1" {
			  type motor
			  manufacturer "ACME"
			  sensor speed "Shaft speed" {
			    kind speed
			    unit "rpm"
			    range 0 to 3000 clipped
			    nominal 1480
			    noise 2.5
			    wear falls by 40
			    sampled every 1 seconds
			  }
			  sensor bearing_temp "Bearing temperature" {
			    kind temperature
			    unit "degC"
			    range 0 to 120
			    nominal 55
			    noise 0.5
			    wear rises by 30
			  }
			  parameter load = 0.8 "pu"
			  regime low_load weight 0.4 { offset speed by 5  scale speed by 1.01  set load = 0.4 }
			  regime full_load weight 0.6
			  degradation { law exponential(rate = 3.0) initial wear 0 to 0.05 rate variability 0.1 failure threshold 0.2 }
			  life 150 to 400 cycles
			  failure bearing_wear "Bearing wear" { probability 0.3 onset at health 0.6 effect drift on speed by -20 }
			  dataset { train 35000 rows validation 7500 rows test 7500 rows split by unit seed 42 }
			  training { epochs 300 batch 500 embedding 128 compress (128, 128) decompress (128, 128) learning rate 0.001 l2 0.00001 seed 42 }
			}
			""";

	/** The line and column of the nominal value that {@link #BROKEN} puts outside the sensor's range. */
	static final int BROKEN_LINE = 8;
	static final int BROKEN_COLUMN = 13;

	/** {@link #VALID} with the speed sensor's nominal outside its range 0 to 3000: one validation error. */
	static final String BROKEN = VALID.replace("nominal 1480", "nominal 4000");

	private SampleProfiles() {
	}

	/** Writes a profile text to a file, creating its folders. */
	static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			return Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
