package io.wearline.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profiles for tests, and helpers to write them and to find the place of a piece of text in them. */
final class Samples {

	/** A small valid profile in the profile language. */
	static final String VALID_DSL = """
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

	/** The same machine's core as JSON, laid out by hand so that tests can point at its lines. */
	static final String VALID_JSON = """
			{
			  "id": "m1",
			  "name": "Motor 1",
			  "type": "motor",
			  "sensors": [
			    {
			      "id": "speed",
			      "label": "Shaft speed",
			      "kind": "speed",
			      "unit": "rpm",
			      "min": 0,
			      "max": 3000,
			      "nominal": 1480,
			      "noise": 2.5
			    }
			  ],
			  "regimes": [ { "name": "normal", "weight": 1 } ],
			  "degradation": { "law": "exponential", "parameters": { "rate": 3 } },
			  "life": { "minLife": 150, "maxLife": 400, "timeUnit": "cycles" }
			}
			""";

	/** The same as YAML. */
	static final String VALID_YAML = """
			id: m1
			name: Motor 1
			type: motor
			sensors:
			  - id: speed
			    label: Shaft speed
			    kind: speed
			    unit: rpm
			    min: 0
			    max: 3000
			    nominal: 1480
			    noise: 2.5
			regimes:
			  - name: normal
			    weight: 1
			degradation:
			  law: exponential
			  parameters:
			    rate: 3
			life:
			  minLife: 150
			  maxLife: 400
			  timeUnit: cycles
			""";

	private Samples() {
	}

	static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** {@code line:column} (1-based) of the first occurrence of {@code needle} in {@code text}. */
	static String placeOf(String text, String needle) {
		return placeOf(text, needle, 1);
	}

	/** {@code line:column} (1-based) of the n-th occurrence of {@code needle} in {@code text}. */
	static String placeOf(String text, String needle, int occurrence) {
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
