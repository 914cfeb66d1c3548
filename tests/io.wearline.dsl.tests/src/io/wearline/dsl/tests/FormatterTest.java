package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.wearline.dsl.MachineText;

/** The canonical layout, applied to text. */
class FormatterTest {

	@Test
	void messyTextGetsTheCanonicalLayout() {
		String messy = """
				   machine   m1 "Motor 1"{type motor manufacturer "ACME"
				sensor speed "Shaft speed" { kind speed unit "rpm" range 0 to 3000 clipped nominal 1480 noise 2.5
				wear falls by 40 sampled every 1 seconds }
				  sensor  temp{kind temperature unit"°C" range -20 to 120 nominal 65}
				parameter load = 0.8 "pu"      parameter ambient=25
				regime low_load weight 0.4 { offset speed by -5  scale speed by 1.01  set load = 0.4 } regime full_load weight 0.6
				degradation { law exponential ( rate = 3.0 , shape=2 ) initial wear 0 to 0.05 rate variability 0.1 failure threshold 0.2 }
				life 150 to 400 cycles
				failure bearing_wear "Bearing wear" { probability 0.3 onset at health 0.6 effect drift on speed by -20 effect spike on temp }
				dataset { train 35000 rows validation 7500 rows test 7500 rows split by unit seed 42 }
				training { epochs 300 batch 500 embedding 128 compress ( 128 ,128 ) decompress(64) learning rate 0.001 l2 0.00001 seed 42 } }""";

		assertEquals("""
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

				  sensor temp {
				    kind temperature
				    unit "°C"
				    range -20 to 120
				    nominal 65
				  }

				  parameter load = 0.8 "pu"
				  parameter ambient = 25

				  regime low_load weight 0.4 {
				    offset speed by -5
				    scale speed by 1.01
				    set load = 0.4
				  }

				  regime full_load weight 0.6

				  degradation {
				    law exponential(rate = 3.0, shape = 2)
				    initial wear 0 to 0.05
				    rate variability 0.1
				    failure threshold 0.2
				  }

				  life 150 to 400 cycles

				  failure bearing_wear "Bearing wear" {
				    probability 0.3
				    onset at health 0.6
				    effect drift on speed by -20
				    effect spike on temp
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
				    decompress (64)
				    learning rate 0.001
				    l2 0.00001
				    seed 42
				  }
				}
				""", MachineText.format(messy));
	}

	@Test
	void canonicalTextStaysAsItIs() {
		assertEquals(Profiles.VALID, MachineText.format(Profiles.VALID));
	}

	@Test
	void emptyBlocksCloseOnTheNextLine() {
		assertEquals("machine m1 {\n  degradation {\n  }\n}\n", MachineText.format("machine m1{degradation{}}"));
	}

	@Test
	void commentsAreKept() {
		String formatted = MachineText.format("""
				// Motor on line 3
				machine m1 { # the header
				type motor /* fixed */ sensor s { kind other range 0 to 1 } }""");

		assertTrue(formatted.startsWith("// Motor on line 3\nmachine m1 {"), formatted);
		assertTrue(formatted.contains("# the header"), formatted);
		assertTrue(formatted.contains("/* fixed */"), formatted);
		assertEquals(formatted, MachineText.format(formatted), "formatting is stable");
	}

	@Test
	void textWithSyntaxErrorsIsNotFormatted() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> MachineText.format("machine m1 {\n  sensor s {\n  }\n}"));
		assertTrue(error.getMessage().contains("line 3"), error.getMessage());
	}
}
