package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import io.wearline.dsl.MachineStandaloneSetup;
import io.wearline.model.MachineProfile;
import io.wearline.model.SensorKind;

class ParsingTest {
	private static final Injector INJECTOR = new MachineStandaloneSetup().createInjectorAndDoEMFRegistration();

	static MachineProfile parse(String text) throws Exception {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test.machine"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return (MachineProfile) resource.getContents().get(0);
	}

	@Test
	void parsesASensor() throws Exception {
		MachineProfile profile = parse("""
				machine m1 "Motor 1" {
				  type motor
				  sensor speed "Shaft speed" {
				    kind speed
				    unit "rpm"
				    range 0 to 3000
				    nominal 1480
				    noise 2.5
				  }
				}
				""");
		assertTrue(profile.eResource().getErrors().isEmpty(), () -> profile.eResource().getErrors().toString());
		assertEquals("m1", profile.getId());
		assertEquals(SensorKind.SPEED, profile.getSensors().get(0).getKind());
		assertEquals(1480.0, profile.getSensors().get(0).getNominal());
	}
}
