package io.wearline.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The language with its editor services, started once for all tests, and a profile that validates without
 * issues, which each test breaks in one place.
 */
public final class ProfileSamples {
	/** The injector an editor gets: runtime and IDE modules. */
	public static final Injector INJECTOR = new MachineIdeSetup().createInjectorAndDoEMFRegistration();

	/** A profile without issues, in the canonical layout. */
	public static final String VALID = """
			machine m1 "Motor 1" {
			  type motor
			  sensor speed "Shaft speed" {
			    kind speed
			    unit "rpm"
			    range 0 to 3000
			    nominal 1480
			    noise 2.5
			  }
			  sensor temp {
			    kind temperature
			    unit "°C"
			    range 0 to 120
			    nominal 60
			  }
			  parameter load = 0.8 "pu"
			  regime low_load weight 0.4 {
			    offset speed by 5
			    set load = 0.4
			  }
			  regime full_load weight 0.6
			  life 150 to 400 cycles
			  failure bearing_wear "Bearing wear" {
			    probability 0.3
			    onset at health 0.6
			    effect drift on speed by -20
			  }
			}
			""";

	private ProfileSamples() {
	}

	/** Parses text into a resource of its own, as an editor does for its document. */
	public static XtextResource parse(String text) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) INJECTOR.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("memory:/test.machine"));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Parses text that must be free of syntax errors. */
	public static XtextResource parseValidSyntax(String text) {
		XtextResource resource = parse(text);
		assertEquals(List.of(), resource.getErrors(), "syntax errors in\n" + text);
		return resource;
	}

	public static List<Issue> validate(XtextResource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** A copy of {@link #VALID} with one piece of text replaced; fails if the piece is not there exactly once. */
	public static String validWith(String piece, String replacement) {
		int first = VALID.indexOf(piece);
		if (first < 0 || VALID.indexOf(piece, first + 1) >= 0) {
			throw new IllegalArgumentException("'" + piece + "' is not in the sample exactly once");
		}
		return VALID.replace(piece, replacement);
	}
}
