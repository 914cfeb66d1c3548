package io.wearline.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.wearline.dsl.validation.Ids;

/**
 * The degradation laws a profile may name, with the parameters each takes. The four built-in laws are
 * {@code linear(rate)}, {@code exponential(rate)}, {@code power(exponent)} and {@code step(steps)}; every
 * parameter is optional. A bundle that brings a new law to the simulation registers it here when it starts, and
 * from then on the validator accepts profiles that name it.
 */
public final class DegradationLaws {
	/** The law a profile gets when it names none. */
	public static final String DEFAULT_LAW = "linear";

	private static final Set<String> BUILT_IN = Set.of("linear", "exponential", "power", "step");
	private static final Map<String, List<String>> LAWS = new ConcurrentHashMap<>();

	static {
		LAWS.put("linear", List.of("rate"));
		LAWS.put("exponential", List.of("rate"));
		LAWS.put("power", List.of("exponent"));
		LAWS.put("step", List.of("steps"));
	}

	private DegradationLaws() {
	}

	/**
	 * Makes a law known to the validator, or changes the parameters of one registered before.
	 *
	 * @param name the name profiles use after {@code law}, matching {@code [a-z][a-z0-9_]{0,63}}
	 * @param parameterNames the parameters the law takes, each matching the same pattern; all are optional
	 * @throws IllegalArgumentException for a bad name, or for a built-in law, whose parameters are fixed
	 */
	public static void register(String name, String... parameterNames) {
		requireName(name, "law name");
		if (BUILT_IN.contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is a built-in degradation law and cannot be redefined");
		}
		for (String parameter : parameterNames) {
			requireName(parameter, "parameter name of law '" + name + "'");
		}
		LAWS.put(name, List.of(parameterNames));
	}

	/** Forgets a registered law, e.g. when the bundle that brought it stops. Built-in laws stay. */
	public static void unregister(String name) {
		if (name != null && !BUILT_IN.contains(name)) {
			LAWS.remove(name);
		}
	}

	/** Whether a profile may name this law. */
	public static boolean isKnown(String name) {
		return name != null && LAWS.containsKey(name);
	}

	/** The parameters a law takes, or empty for an unknown law. */
	public static Optional<List<String>> parametersOf(String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(LAWS.get(name));
	}

	/** The names of all known laws, in alphabetical order. */
	public static Set<String> names() {
		return new TreeSet<>(LAWS.keySet());
	}

	private static void requireName(String name, String what) {
		if (name == null || !Ids.isValid(name)) {
			throw new IllegalArgumentException("'" + name + "' is not a valid " + what
					+ "; it must match " + Ids.PATTERN);
		}
	}
}
