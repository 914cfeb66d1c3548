package io.wearline.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Provider;

import io.wearline.dsl.conversion.MachineValueConverterService;
import io.wearline.dsl.naming.MachineQualifiedNameProvider;
import io.wearline.dsl.validation.ValidationLimits;

/**
 * The services of the profile language at run time, without an IDE: value converters for numbers and ids,
 * qualified names from ids, and the validation limits (from system properties unless a module overrides them).
 */
public class MachineRuntimeModule extends AbstractMachineRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return MachineValueConverterService.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return MachineQualifiedNameProvider.class;
	}

	/** Read at every validation, so a changed system property applies to the next one. */
	public Provider<ValidationLimits> provideValidationLimits() {
		return ValidationLimits::fromSystemProperties;
	}
}
