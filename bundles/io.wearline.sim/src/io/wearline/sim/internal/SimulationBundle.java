package io.wearline.sim.internal;

import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.wearline.dsl.DegradationLaws;

/**
 * Makes the contributed degradation laws known to the validator when the bundle starts, and forgets them when it
 * stops. The bundle starts lazily, on first use of one of its classes; an application that validates profiles
 * naming third-party laws before it simulates starts the bundle itself.
 */
public final class SimulationBundle implements BundleActivator {
	private List<String> registered = List.of();

	@Override
	public void start(BundleContext context) {
		registered = LawContributions.registerWithValidator();
	}

	@Override
	public void stop(BundleContext context) {
		registered.forEach(DegradationLaws::unregister);
		registered = List.of();
	}
}
