package io.wearline.sim.tests;

import java.util.Map;

import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;

/** A third-party law contributed by this fragment's fragment.xml: damage = sqrt(t). */
public final class SquareRootLaw implements DegradationLaw {
	@Override
	public DamageCurve curve(Map<String, Double> parameters) {
		return Math::sqrt;
	}
}
