package io.wearline.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample profiles in the profile language for tests, and the steps tests take with them. */
public final class SampleProfiles {

	/**
	 * A valid motor profile that uses every construct of the language (two sensors, parameters, two regimes,
	 * degradation, life, a failure mode with two effects, dataset and training blocks) and raises no issue.
	 */
	public static final String MOTOR = """
			machine m1 "Motor 1" {
			  type motor
			  manufacturer "ACME"
			  model "M-200"
			  description "Induction motor on line 3"

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
			    unit "°C"
			    range 20 to 120
			    nominal 65
			    noise 0.5
			    wear rises by 30
			    sampled every 10 seconds
			  }

			  parameter load = 0.8 "pu"
			  parameter ambient = 25 "°C"

			  regime low_load weight 0.4 {
			    offset speed by 5
			    scale speed by 1.01
			    set load = 0.4
			  }

			  regime full_load weight 0.6

			  degradation {
			    law exponential(rate = 3)
			    initial wear 0 to 0.05
			    rate variability 0.1
			    failure threshold 0.2
			  }

			  life 150 to 400 cycles

			  failure bearing_wear "Bearing wear" {
			    probability 0.3
			    onset at health 0.6
			    effect drift on speed by -20
			    effect noise_gain on speed by 2
			  }

			  dataset {
			    train 35000 rows
			    validation 7500 rows
			    test 7500 rows
			    split by unit
			    seed 42
			  }

			  training {
			    epochs 300
			    batch 500
			    embedding 128
			    compress (128, 128)
			    decompress (128, 128)
			    learning rate 0.001
			    l2 0.00001
			    seed 42
			  }
			}
			""";

	/** {@link #MOTOR} with the speed sensor's nominal outside its range 0 to 3000: one validation error. */
	public static final String BROKEN = MOTOR.replace("nominal 1480", "nominal 4000");
	/** The line of the nominal value that {@link #BROKEN} puts outside the sensor's range. */
	public static final int BROKEN_LINE = 11;
	/** The column of that value. */
	public static final int BROKEN_COLUMN = 13;

	private SampleProfiles() {
	}

	/** {@link #MOTOR} as the machine {@code id} called {@code name}. */
	public static String motor(String id, String name) {
		return MOTOR.replace("machine m1 \"Motor 1\"", "machine " + id + " \"" + name + "\"");
	}

	/** Writes a profile text to a file in UTF-8, creating its folders; returns the file. */
	public static Path write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code line:column} (1-based) of the first occurrence of {@code needle} in {@code text}. */
	public static String placeOf(String text, String needle) {
		return placeOf(text, needle, 1);
	}

	/** {@code line:column} (1-based) of the n-th occurrence of {@code needle} in {@code text}. */
	public static String placeOf(String text, String needle, int occurrence) {
		int index = -1;
		for (int i = 0; i < occurrence; i++) {
			index = text.indexOf(needle, index + 1);
			if (index < 0) {
				throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + occurrence + " times");
			}
		}
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line + ":" + (index - lineStart + 1);
	}
}
