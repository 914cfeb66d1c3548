package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.model.MachineProfile;
import io.wearline.test.support.SampleProfiles;

/** Profile texts the tests start from, and the few steps every test takes with them. */
final class Profiles {

	/** The shared sample: a profile that uses every construct of the language and raises no issue. */
	static final String VALID = SampleProfiles.MOTOR;

	private Profiles() {
	}

	static XtextResource parse(String text) {
		return MachineText.parse(text, URI.createURI("test.machine"));
	}

	/** Parses text that must be free of syntax errors. */
	static MachineProfile profile(String text) {
		XtextResource resource = parse(text);
		assertTrue(resource.getErrors().isEmpty(), () -> "syntax errors: " + resource.getErrors());
		return (MachineProfile) resource.getContents().get(0);
	}

	/** The issues of text that must be free of syntax errors. */
	static List<ProfileIssue> issues(String text) {
		return MachineText.validate(profile(text));
	}

	/** {@link #VALID} with one piece of text replaced, which must occur in it. */
	static String validWith(String from, String to) {
		assertTrue(VALID.contains(from), () -> "the valid profile has no '" + from + "'");
		return VALID.replace(from, to);
	}
}
