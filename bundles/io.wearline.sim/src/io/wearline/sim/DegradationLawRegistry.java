package io.wearline.sim;

import java.util.Set;
import java.util.TreeSet;

import io.wearline.sim.internal.LawContributions;

/**
 * The degradation laws contributed to the extension point {@code io.wearline.sim.degradationLaws}, read at each
 * call so that laws of bundles installed later appear. Outside OSGi only the four built-in laws exist.
 */
public final class DegradationLawRegistry {
	private DegradationLawRegistry() {
	}

	/** The names of the contributed laws, in alphabetical order. */
	public static Set<String> names() {
		return new TreeSet<>(LawContributions.read().keySet());
	}

	/**
	 * A fresh instance of the law with this name.
	 *
	 * @throws IllegalArgumentException when no bundle contributes the law; the message lists the known ones
	 * @throws IllegalStateException when the contributed class cannot be created
	 */
	public static DegradationLaw find(String name) {
		LawContributions.Contribution law = LawContributions.read().get(name);
		if (law == null) {
			throw new IllegalArgumentException("No degradation law '" + name + "' is installed; the known laws are "
					+ names() + ". Name one of them after 'law', or install the bundle that contributes it.");
		}
		return law.factory().get();
	}
}
