package io.wearline.synth.internal.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The special functions against known values and their recurrences. */
class GammaFunctionsTest {
	private static final double EULER_GAMMA = 0.5772156649015329;

	@Test
	void knownValues() {
		assertEquals(-EULER_GAMMA, GammaFunctions.digamma(1), 1e-13);
		assertEquals(-EULER_GAMMA - 2 * Math.log(2), GammaFunctions.digamma(0.5), 1e-13);
		assertEquals(0.5 * Math.log(Math.PI), GammaFunctions.logGamma(0.5), 1e-12);
		assertEquals(0, GammaFunctions.logGamma(1), 1e-13);
		assertEquals(0, GammaFunctions.logGamma(2), 1e-13);
		double factorial = 0;
		for (int i = 2; i < 170; i++) {
			factorial += Math.log(i);
		}
		// ln Γ(170) = ln 169!
		assertEquals(factorial, GammaFunctions.logGamma(170), 1e-9);
	}

	@Test
	void recurrencesHoldFromTinyToLargeArguments() {
		for (double x : new double[] { 0.001, 0.3, 1.7, 9.99, 10.01, 123.4, 20_001 }) {
			assertEquals(GammaFunctions.digamma(x) + 1 / x, GammaFunctions.digamma(x + 1),
					1e-12 * Math.max(1, Math.abs(GammaFunctions.digamma(x + 1))), "digamma at " + x);
			assertEquals(GammaFunctions.logGamma(x) + Math.log(x), GammaFunctions.logGamma(x + 1),
					1e-12 * Math.max(1, Math.abs(GammaFunctions.logGamma(x + 1))), "log gamma at " + x);
		}
		assertEquals(GammaFunctions.logGamma(3) + GammaFunctions.logGamma(4) - GammaFunctions.logGamma(7),
				GammaFunctions.logBeta(3, 4), 1e-13);
	}

	@Test
	void argumentsOutsideTheDomainAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> GammaFunctions.digamma(0));
		assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(-1));
		assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(Double.NaN));
	}
}
