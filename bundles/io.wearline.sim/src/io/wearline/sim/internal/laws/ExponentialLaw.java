package io.wearline.sim.internal.laws;

import java.util.Map;

import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;

/**
 * Damage that accelerates: (exp(rate t) - 1) / (exp(rate) - 1), rate 3 when the profile gives none. C-MAPSS
 * degrades its engines this way; a rate near 0 is the linear law.
 */
public final class ExponentialLaw implements DegradationLaw {
	static final double DEFAULT_RATE = 3;

	@Override
	public DamageCurve curve(Map<String, Double> parameters) {
		double rate = LawParameters.value(parameters, "exponential", "rate", DEFAULT_RATE, Double.MIN_VALUE,
				"a rate above 0, such as 3");
		if (rate < 1e-9) {
			return t -> t;
		}
		double scale = 1 / Math.expm1(rate);
		return t -> Math.expm1(rate * t) * scale;
	}
}
