package io.wearline.sim.internal.laws;

import java.util.Map;

import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;

/**
 * Damage grows in proportion to time. Its {@code rate} is accepted but does not change the shape: how fast a unit
 * wears out is set by its life, which the life range and the rate variability decide.
 */
public final class LinearLaw implements DegradationLaw {
	@Override
	public DamageCurve curve(Map<String, Double> parameters) {
		LawParameters.value(parameters, "linear", "rate", 1, Double.MIN_VALUE, "a rate above 0");
		return t -> t;
	}
}
