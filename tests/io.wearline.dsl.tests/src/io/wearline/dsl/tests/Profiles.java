package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.model.MachineProfile;

/** Profile texts the tests start from, and the few steps every test takes with them. */
final class Profiles {

	/** A profile that uses every construct of the language and raises no issue. */
	static final String VALID = """
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

	private Profiles() {
	}

	static XtextResource parse(String text) {
		return MachineText.parse(text, URI.createURI("test.machine"));
	}

	/** Parses text that must be free of syntax errors. */
	static MachineProfile profile(String text) {
		XtextResource resource = parse(text);
		assertTrue(resource.getErrors().isEmpty(), () -> "syntax errors: " + resource.getErrors());
		return (MachineProfile) resource.getContents().get(0);
	}

	/** The issues of text that must be free of syntax errors. */
	static List<ProfileIssue> issues(String text) {
		return MachineText.validate(profile(text));
	}

	/** {@link #VALID} with one piece of text replaced, which must occur in it. */
	static String validWith(String from, String to) {
		assertTrue(VALID.contains(from), () -> "the valid profile has no '" + from + "'");
		return VALID.replace(from, to);
	}
}
