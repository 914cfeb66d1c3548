package io.wearline.dsl;

import com.google.inject.Injector;

import io.wearline.model.WearlinePackage;

/**
 * Starts the profile language without the Eclipse extension registry: on a plain class path, in tests, in the
 * headless application. Most callers want {@link MachineText} instead, which holds one started language.
 */
public class MachineStandaloneSetup extends MachineStandaloneSetupGenerated {

	/** Starts the language and registers it with EMF. */
	public static void doSetup() {
		new MachineStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// Outside OSGi nothing registers the profile model; touching its package registers it, inside OSGi too.
		WearlinePackage.eINSTANCE.eClass();
		return super.createInjectorAndDoEMFRegistration();
	}
}
