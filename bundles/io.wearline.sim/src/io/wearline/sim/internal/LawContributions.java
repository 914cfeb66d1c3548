package io.wearline.sim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

import io.wearline.dsl.DegradationLaws;
import io.wearline.dsl.validation.Ids;
import io.wearline.sim.DegradationLaw;
import io.wearline.sim.internal.laws.ExponentialLaw;
import io.wearline.sim.internal.laws.LinearLaw;
import io.wearline.sim.internal.laws.PowerLaw;
import io.wearline.sim.internal.laws.StepLaw;

/**
 * The {@code law} elements of the degradation-laws extension point. Outside OSGi (a plain class path, a Spark
 * executor) there is no registry, and the four built-in laws stand in for it. A contribution without a valid name
 * or class, or repeating a name, is logged and skipped, so one broken bundle never hides the laws of the others.
 */
public final class LawContributions {
	/** The extension point's full id. */
	public static final String POINT = "io.wearline.sim.degradationLaws";
	private static final String BUILT_IN = "io.wearline.sim";

	/** One contributed law: its name, its parameter names, the bundle that contributes it and how to create it. */
	public record Contribution(String name, List<String> parameters, String owner, Supplier<DegradationLaw> factory) {
	}

	private LawContributions() {
	}

	/** The valid contributions by name, in registry order. */
	public static Map<String, Contribution> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return builtIn();
		}
		Map<String, Contribution> laws = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			if (!"law".equals(element.getName())) {
				continue;
			}
			String name = element.getAttribute("name");
			String owner = element.getContributor().getName();
			if (name == null || !Ids.isValid(name)) {
				warn(owner, "a degradation law named '" + name + "' is ignored: the name must match " + Ids.PATTERN);
				continue;
			}
			List<String> parameters = parameters(element.getAttribute("parameters"));
			if (parameters.stream().anyMatch(p -> !Ids.isValid(p))) {
				warn(owner, "degradation law '" + name + "' is ignored: its parameters " + parameters
						+ " must each match " + Ids.PATTERN);
				continue;
			}
			if (laws.containsKey(name)) {
				warn(owner, "degradation law '" + name + "' repeats the name of another contribution; it is ignored");
				continue;
			}
			laws.put(name, new Contribution(name, parameters, owner, () -> create(element, name, owner)));
		}
		return laws;
	}

	private static DegradationLaw create(IConfigurationElement element, String name, String owner) {
		try {
			return (DegradationLaw) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("Degradation law '" + name + "' of bundle " + owner
					+ " cannot be created: " + e.getMessage() + "; its class must implement "
					+ DegradationLaw.class.getName() + " and have a public constructor without arguments.", e);
		}
	}

	private static List<String> parameters(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
	}

	private static Map<String, Contribution> builtIn() {
		Map<String, Contribution> laws = new LinkedHashMap<>();
		laws.put("linear", new Contribution("linear", List.of("rate"), BUILT_IN, LinearLaw::new));
		laws.put("exponential", new Contribution("exponential", List.of("rate"), BUILT_IN, ExponentialLaw::new));
		laws.put("power", new Contribution("power", List.of("exponent"), BUILT_IN, PowerLaw::new));
		laws.put("step", new Contribution("step", List.of("steps"), BUILT_IN, StepLaw::new));
		return laws;
	}

	private static void warn(String owner, String message) {
		ILog.of(LawContributions.class).warn("Bundle " + owner + ": " + message);
	}

	/** Names of the laws whose contributions were registered by {@link #registerWithValidator()}. */
	public static List<String> registerWithValidator() {
		List<String> registered = new ArrayList<>();
		for (Contribution law : read().values()) {
			List<String> known = DegradationLaws.parametersOf(law.name()).orElse(null);
			if (law.parameters().equals(known)) {
				continue;
			}
			try {
				DegradationLaws.register(law.name(), law.parameters().toArray(String[]::new));
				registered.add(law.name());
			} catch (IllegalArgumentException e) {
				// a built-in law contributed again with other parameters: the language's own definition stays
				warn(law.owner(), e.getMessage());
			}
		}
		return registered;
	}
}
