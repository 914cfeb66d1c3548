package io.wearline.sim.internal.laws;

import java.util.Map;

/** Reading a law's parameter with its default, and rejecting values the law cannot use. */
final class LawParameters {
	private LawParameters() {
	}

	static double value(Map<String, Double> parameters, String law, String name, double fallback, double least,
			String accepted) {
		Double value = parameters.get(name);
		if (value == null) {
			return fallback;
		}
		if (!Double.isFinite(value) || value < least) {
			throw new IllegalArgumentException("Degradation law " + law + ": " + name + " = " + value
					+ " cannot be used; give " + accepted + ".");
		}
		return value;
	}
}
