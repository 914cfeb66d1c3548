package io.wearline.sim;

import java.util.Map;

/**
 * A degradation law that profiles name after {@code law}, contributed through the extension point
 * {@code io.wearline.sim.degradationLaws} (schema {@code schema/degradationLaws.exsd}). The contribution names
 * the law and its parameters in {@code plugin.xml}, so the validator knows them without loading the class; the
 * class is created only when a profile that names the law is simulated. Implementations must have a public
 * constructor without arguments and be safe to use from several threads.
 */
public interface DegradationLaw {
	/**
	 * The damage curve for a profile's parameter values.
	 *
	 * @param parameters the values the profile gives, by parameter name; a parameter the profile leaves out is
	 *        missing from the map and the law uses its own default
	 * @return the curve; it is called once per cycle of every unit, so precompute what you can
	 * @throws IllegalArgumentException when a value makes no sense for the law; the message names the law, the
	 *         parameter and the values it accepts
	 */
	DamageCurve curve(Map<String, Double> parameters);
}
