package io.wearline.sim.internal.laws;

import java.util.Map;

import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;

/**
 * Damage in equal steps at equal intervals, 4 steps when the profile gives none; the last step is the failure. It
 * models wear that shows in discrete events, such as cracks that grow by stages.
 */
public final class StepLaw implements DegradationLaw {
	static final int DEFAULT_STEPS = 4;

	@Override
	public DamageCurve curve(Map<String, Double> parameters) {
		double steps = Math.floor(LawParameters.value(parameters, "step", "steps", DEFAULT_STEPS, 1,
				"a whole number of steps of 1 or more"));
		return t -> Math.floor(t * steps) / steps;
	}
}
