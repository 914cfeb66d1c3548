package io.wearline.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.wearline.dsl.MachineRuntimeModule;
import io.wearline.dsl.MachineStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Starts the profile language with its editor services, for an editor or a language server; use
 * {@code new MachineIdeSetup().createInjectorAndDoEMFRegistration()} once and keep the injector.
 */
public class MachineIdeSetup extends MachineStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new MachineRuntimeModule(), new MachineIdeModule()));
	}

}
