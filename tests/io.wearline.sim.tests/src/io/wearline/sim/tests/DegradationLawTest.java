package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.dsl.DegradationLaws;
import io.wearline.model.MachineProfile;
import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLawRegistry;
import io.wearline.sim.SeedData;

/** The laws of the extension point: the built-ins, a contributed one, and what the validator learns of them. */
class DegradationLawTest {
	@Test
	void theExtensionPointHoldsTheBuiltInsAndTheContributedLaw() {
		assertTrue(DegradationLawRegistry.names().containsAll(Set.of("linear", "exponential", "power", "step",
				"test_sqrt")), DegradationLawRegistry.names().toString());
	}

	@Test
	void theValidatorKnowsTheContributedLaw() {
		// the fragment's classes load through io.wearline.sim, so its activator has run
		assertTrue(DegradationLaws.isKnown("test_sqrt"));
		assertEquals(java.util.List.of("unused"), DegradationLaws.parametersOf("test_sqrt").orElseThrow());
	}

	@ParameterizedTest
	@ValueSource(strings = { "linear", "exponential", "power", "step", "test_sqrt" })
	void curvesRunFromZeroToOneWithoutFalling(String law) {
		DamageCurve curve = DegradationLawRegistry.find(law).curve(Map.of());
		assertEquals(0, curve.at(0), 1e-12);
		assertEquals(1, curve.at(1), 1e-12);
		double previous = 0;
		for (int i = 1; i <= 1000; i++) {
			double d = curve.at(i / 1000.0);
			assertTrue(d >= previous, law + " falls at " + i / 1000.0);
			previous = d;
		}
	}

	@Test
	void exponentialIsSlowFirstAndPowerFollowsItsExponent() {
		DamageCurve exponential = DegradationLawRegistry.find("exponential").curve(Map.of("rate", 4.0));
		assertEquals(Math.expm1(2) / Math.expm1(4), exponential.at(0.5), 1e-12);
		DamageCurve power = DegradationLawRegistry.find("power").curve(Map.of("exponent", 3.0));
		assertEquals(0.125, power.at(0.5), 1e-12);
		assertThrows(IllegalArgumentException.class,
				() -> DegradationLawRegistry.find("power").curve(Map.of("exponent", -1.0)));
	}

	@Test
	void stepLawGivesAsManyHealthLevelsAsSteps() {
		MachineProfile profile = Fleets.parse(Fleets.PRESS.replace("law linear", "law step(steps = 3)"));
		SeedData data = Fleets.units(profile, 20, 3);
		Fleets.forEachUnit(data, (unit, first, end) -> {
			Set<Double> levels = new HashSet<>();
			for (int row = first; row < end; row++) {
				levels.add(data.health()[row]);
			}
			assertEquals(4, levels.size(), "start, two steps and the failure: " + levels);
		});
	}

	@Test
	void aProfileMayNameTheContributedLaw() {
		MachineProfile profile = Fleets.parse(Fleets.PRESS.replace("law linear", "law test_sqrt(unused = 1)"));
		SeedData data = Fleets.units(profile, 5, 3);
		Fleets.forEachUnit(data, (unit, first, end) -> {
			int middle = first + (end - first - 1) / 2;
			double start = data.health()[first];
			double t = (middle - first) / (double) (end - first - 1);
			assertEquals(start - (start - 0.2) * Math.sqrt(t), data.health()[middle], 1e-9);
		});
	}

	@Test
	void anUnknownLawIsNamedInTheMessage() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DegradationLawRegistry.find("weibull"));
		assertTrue(e.getMessage().contains("'weibull'") && e.getMessage().contains("exponential"), e.getMessage());
	}
}
