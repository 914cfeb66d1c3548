package io.wearline.sim.internal.laws;

import java.util.Map;

import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;

/** Damage t^exponent, exponent 2 when the profile gives none: above 1 the damage comes late, below 1 early. */
public final class PowerLaw implements DegradationLaw {
	static final double DEFAULT_EXPONENT = 2;

	@Override
	public DamageCurve curve(Map<String, Double> parameters) {
		double exponent = LawParameters.value(parameters, "power", "exponent", DEFAULT_EXPONENT, Double.MIN_VALUE,
				"an exponent above 0, such as 2");
		return t -> Math.pow(t, exponent);
	}
}
