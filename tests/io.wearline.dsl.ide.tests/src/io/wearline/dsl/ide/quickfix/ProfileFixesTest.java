package io.wearline.dsl.ide.quickfix;

import static io.wearline.dsl.ide.ProfileSamples.INJECTOR;
import static io.wearline.dsl.ide.ProfileSamples.VALID;
import static io.wearline.dsl.ide.ProfileSamples.parseValidSyntax;
import static io.wearline.dsl.ide.ProfileSamples.validWith;
import static io.wearline.dsl.ide.ProfileSamples.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.wearline.dsl.SensorUnits;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.SensorKind;

/**
 * Each quick fix on a real profile: parse, validate, fix the issue through {@link ProfileFixes}, compare the text
 * with what an engineer would have written, and validate again to see the issue gone.
 */
class ProfileFixesTest {
	private static ProfileFixes fixes;

	@BeforeAll
	static void startLanguage() {
		fixes = INJECTOR.getInstance(ProfileFixes.class);
		assertEquals(List.of(), validate(parseValidSyntax(VALID)), "the sample must start without issues");
	}

	@Test
	void invalidIdIsCorrectedWithTheReferencesToIt() {
		String broken = VALID.replace("sensor speed ", "sensor Speed ").replace("offset speed", "offset Speed")
				.replace("on speed", "on Speed");
		ProfileFix fix = onlyFix(broken, IssueCodes.INVALID_ID);
		assertEquals("Rename to 'speed' and its 2 references", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.INVALID_ID);
	}

	@Test
	void correctedIdThatIsAWordOfTheLanguageIsEscaped() {
		String broken = validWith("sensor temp {", "sensor Unit {");
		ProfileFix fix = onlyFix(broken, IssueCodes.INVALID_ID);
		assertEquals("Rename to 'unit'", fix.label());
		assertFixed(broken, fix, validWith("sensor temp {", "sensor ^unit {"), IssueCodes.INVALID_ID);
	}

	@Test
	void invalidMachineIdIsCorrected() {
		String broken = validWith("machine m1", "machine Motor_1");
		assertFixed(broken, onlyFix(broken, IssueCodes.INVALID_ID), validWith("machine m1", "machine motor_1"),
				IssueCodes.INVALID_ID);
	}

	@Test
	void duplicateIdGetsAFreeOne() {
		String broken = validWith("sensor temp {", "sensor speed {");
		ProfileFix fix = onlyFix(broken, IssueCodes.DUPLICATE_ID);
		assertEquals("Rename to 'speed_2'", fix.label());
		assertFixed(broken, fix, validWith("sensor temp {", "sensor speed_2 {"), IssueCodes.DUPLICATE_ID);
	}

	@Test
	void missingUnitIsAddedOnItsOwnLineAfterTheKind() {
		String broken = validWith("    unit \"°C\"\n", "");
		ProfileFix fix = onlyFix(broken, IssueCodes.MISSING_UNIT);
		assertEquals("Add unit \"°C\"", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.MISSING_UNIT);
	}

	@Test
	void missingUnitIsAddedInsideAOneLineSensor() {
		String oneLine = validWith("""
				  sensor temp {
				    kind temperature
				    unit "°C"
				    range 0 to 120
				    nominal 60
				  }
				""", "  sensor temp { kind temperature unit \"°C\" range 0 to 120 nominal 60 }\n");
		String broken = oneLine.replace(" unit \"°C\"", "");
		assertFixed(broken, onlyFix(broken, IssueCodes.MISSING_UNIT), oneLine, IssueCodes.MISSING_UNIT);
	}

	@Test
	void missingUnitKeepsACommentAfterTheKind() {
		String commented = validWith("kind temperature\n", "kind temperature // bearing housing\n");
		String broken = commented.replace("    unit \"°C\"\n", "");
		assertFixed(broken, onlyFix(broken, IssueCodes.MISSING_UNIT), commented, IssueCodes.MISSING_UNIT);
	}

	@Test
	void emptyUnitIsFilledIn() {
		String broken = validWith("unit \"°C\"", "unit \"\"");
		assertFixed(broken, onlyFix(broken, IssueCodes.MISSING_UNIT), VALID, IssueCodes.MISSING_UNIT);
	}

	@Test
	void unitThatDoesNotFitTheKindIsReplacedByOneThatDoes() {
		String broken = validWith("unit \"rpm\"", "unit \"bar\"");
		List<ProfileFix> offered = fixesFor(broken, IssueCodes.UNIT_KIND_MISMATCH);
		List<String> expectedLabels = SensorUnits.units(SensorKind.SPEED).stream()
				.map(unit -> "Change the unit to \"" + unit + "\"").toList();
		assertEquals(expectedLabels, offered.stream().map(ProfileFix::label).toList());
		assertFixed(broken, offered.get(0), VALID, IssueCodes.UNIT_KIND_MISMATCH);
	}

	@Test
	void reversedRangeIsSwapped() {
		String broken = validWith("range 0 to 3000", "range 3000 to 0");
		ProfileFix fix = onlyFix(broken, IssueCodes.MIN_NOT_BELOW_MAX);
		assertEquals("Swap minimum and maximum: range 0 to 3000", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.MIN_NOT_BELOW_MAX);
	}

	@Test
	void emptyRangeHasNoSwap() {
		String broken = validWith("range 0 to 120", "range 60 to 60");
		assertEquals(List.of(), fixesFor(broken, IssueCodes.MIN_NOT_BELOW_MAX));
	}

	@Test
	void nominalOutsideTheRangeIsClamped() {
		String broken = validWith("nominal 1480", "nominal 3500");
		ProfileFix fix = onlyFix(broken, IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertEquals("Set the nominal to 3000", fix.label());
		assertFixed(broken, fix, validWith("nominal 1480", "nominal 3000"), IssueCodes.NOMINAL_OUT_OF_RANGE);
	}

	@Test
	void nominalThatIsNotGivenIsAddedAfterTheRange() {
		String broken = validWith("    range 0 to 120\n    nominal 60\n", "    range 10 to 120 clipped\n");
		ProfileFix fix = onlyFix(broken, IssueCodes.NOMINAL_OUT_OF_RANGE);
		assertFixed(broken, fix,
				validWith("    range 0 to 120\n    nominal 60\n", "    range 10 to 120 clipped\n    nominal 10\n"),
				IssueCodes.NOMINAL_OUT_OF_RANGE);
	}

	@Test
	void unknownSensorOfAnEffectBecomesTheNearestId() {
		String broken = validWith("effect drift on speed", "effect drift on sped");
		ProfileFix fix = onlyFix(broken, IssueCodes.UNKNOWN_SENSOR);
		assertEquals("Change 'sped' to 'speed'", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.UNKNOWN_SENSOR);
	}

	@Test
	void unknownSensorOfAnAdjustmentBecomesTheNearestId() {
		String broken = validWith("offset speed by 5", "offset spead by 5");
		assertFixed(broken, onlyFix(broken, IssueCodes.UNKNOWN_SENSOR), VALID, IssueCodes.UNKNOWN_SENSOR);
	}

	@Test
	void unknownSensorFarFromEveryIdHasNoFix() {
		String broken = validWith("effect drift on speed", "effect drift on lubricant_viscosity");
		assertEquals(List.of(), fixesFor(broken, IssueCodes.UNKNOWN_SENSOR));
	}

	@Test
	void unknownParameterBecomesTheNearestKey() {
		String broken = validWith("set load = 0.4", "set lod = 0.4");
		ProfileFix fix = onlyFix(broken, IssueCodes.UNKNOWN_PARAMETER);
		assertEquals("Change 'lod' to 'load'", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.UNKNOWN_PARAMETER);
	}

	@Test
	void weightsAreDividedByTheirSum() {
		String broken = validWith("weight 0.4", "weight 2").replace("weight 0.6", "weight 3");
		ProfileFix fix = onlyFix(broken, IssueCodes.WEIGHTS_NOT_NORMALISED);
		assertEquals("Divide every weight by their sum: 0.4, 0.6", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.WEIGHTS_NOT_NORMALISED);
	}

	@Test
	void probabilitiesAboveOneTogetherAreScaledDown() {
		// fractions with exact binary forms, so that the scaled values are the decimals one expects
		String twoModes = validWith("probability 0.3", "probability 0.75").replace("  }\n}\n", """
				  }
				  failure winding "Winding" {
				    probability 0.5
				  }
				}
				""");
		String fixed = twoModes.replace("probability 0.75", "probability 0.6").replace("probability 0.5",
				"probability 0.4");
		ProfileFix fix = onlyFix(twoModes, IssueCodes.PROBABILITIES_EXCEED_ONE);
		assertEquals("Divide every probability by their sum: 0.6, 0.4", fix.label());
		assertFixed(twoModes, fix, fixed, IssueCodes.PROBABILITIES_EXCEED_ONE);
	}

	@Test
	void reversedLifeIsSwapped() {
		String broken = validWith("life 150 to 400 cycles", "life 400 to 150 cycles");
		ProfileFix fix = onlyFix(broken, IssueCodes.INVALID_LIFE);
		assertEquals("Swap the life bounds: life 150 to 400", fix.label());
		assertFixed(broken, fix, VALID, IssueCodes.INVALID_LIFE);
	}

	@Test
	void lifeBelowOneHasNoSwap() {
		String broken = validWith("life 150 to 400 cycles", "life 0 to 400 cycles");
		assertEquals(List.of(), fixesFor(broken, IssueCodes.INVALID_LIFE));
	}

	@Test
	void reversedInitialWearIsSwapped() {
		String withDegradation = validWith("  life 150", """
				  degradation {
				    law exponential(rate = 3)
				    initial wear 0 to 0.05
				  }
				  life 150""");
		String broken = withDegradation.replace("initial wear 0 to 0.05", "initial wear 0.05 to 0");
		assertFixed(broken, onlyFix(broken, IssueCodes.HEALTH_OUT_OF_RANGE), withDegradation,
				IssueCodes.HEALTH_OUT_OF_RANGE);
	}

	@Test
	void unknownLawOffersEveryKnownLaw() {
		String withDegradation = validWith("  life 150", "  degradation { law exponential(rate = 3) }\n  life 150");
		String broken = withDegradation.replace("law exponential", "law exponentail");
		List<ProfileFix> offered = fixesFor(broken, IssueCodes.UNKNOWN_LAW);
		ProfileFix exponential = offered.stream().filter(f -> f.label().equals("Use law 'exponential'")).findFirst()
				.orElseThrow(() -> new AssertionError("no fix to law exponential in " + offered));
		assertFixed(broken, exponential, withDegradation, IssueCodes.UNKNOWN_LAW);
	}

	@Test
	void lawParameterTheLawDoesNotTakeIsRenamed() {
		String withDegradation = validWith("  life 150", "  degradation { law power(exponent = 2) }\n  life 150");
		String broken = withDegradation.replace("exponent =", "rate =");
		ProfileFix fix = onlyFix(broken, IssueCodes.UNKNOWN_LAW);
		assertEquals("Change to parameter 'exponent'", fix.label());
		assertFixed(broken, fix, withDegradation, IssueCodes.UNKNOWN_LAW);
	}

	@Test
	void duplicateLawParameterIsRemovedWithItsComma() {
		String withDegradation = validWith("  life 150", "  degradation { law linear(rate = 3) }\n  life 150");
		String broken = withDegradation.replace("rate = 3", "rate = 3, rate = 4");
		assertFixed(broken, onlyFix(broken, IssueCodes.DUPLICATE_LAW_PARAMETER), withDegradation,
				IssueCodes.DUPLICATE_LAW_PARAMETER);
	}

	/** Values the validator suggests in the issue data, each replacing the bad value in place. */
	static Stream<Arguments> suggestedValues() {
		String training = "  training { epochs 300 batch 500 compress (128, 128) learning rate 0.001 }\n}\n";
		String dataset = "  dataset { train 35000 rows validation 7500 rows }\n}\n";
		return Stream.of(
				Arguments.of(IssueCodes.INVALID_NOISE, VALID, "noise 2.5", "noise -2.5"),
				Arguments.of(IssueCodes.PROBABILITY_OUT_OF_RANGE, VALID.replace("probability 0.3", "probability 1"),
						"probability 1", "probability 1.3"),
				Arguments.of(IssueCodes.HEALTH_OUT_OF_RANGE, VALID.replace("onset at health 0.6", "onset at health 1"),
						"onset at health 1", "onset at health 1.6"),
				Arguments.of(IssueCodes.ADJUSTMENT_OUT_OF_RANGE,
						VALID.replace("offset speed by 5", "offset speed by 1520"), "offset speed by 1520",
						"offset speed by 2000"),
				Arguments.of(IssueCodes.INVALID_SAMPLING_INTERVAL,
						VALID.replace("    noise 2.5\n", "    noise 2.5\n    sampled every 1 seconds\n"),
						"sampled every 1 seconds", "sampled every 0 seconds"),
				Arguments.of(IssueCodes.INVALID_TRAINING, VALID.replace("  }\n}\n", "  }\n" + training),
						"epochs 300", "epochs 0"),
				Arguments.of(IssueCodes.INVALID_TRAINING, VALID.replace("  }\n}\n", "  }\n" + training),
						"compress (128, 128)", "compress (128, -4)"),
				Arguments.of(IssueCodes.DATASET_SIZE, VALID.replace("  }\n}\n", "  }\n" + dataset), "train 35000",
						"train 0"),
				Arguments.of(IssueCodes.DATASET_SIZE,
						VALID.replace("  }\n}\n", "  }\n" + dataset.replace("7500", "0")), "validation 0",
						"validation -5"));
	}

	@ParameterizedTest(name = "{0}: {3} becomes {2}")
	@MethodSource("suggestedValues")
	void suggestedValueReplacesTheBadOne(String code, String fixedText, String good, String bad) {
		assertTrue(fixedText.contains(good), "the fixed sample must hold '" + good + "'");
		String broken = fixedText.replace(good, bad);
		assertFixed(broken, onlyFix(broken, code), fixedText, code);
	}

	@Test
	void fixesAreKnownOnlyForFixableCodes() {
		XtextResource fixable = parseValidSyntax(validWith("nominal 1480", "nominal 3500"));
		assertTrue(fixes.canFix(issue(fixable, IssueCodes.NOMINAL_OUT_OF_RANGE)));
		XtextResource noSensors = parseValidSyntax("machine empty { }\n");
		Issue unfixable = issue(noSensors, IssueCodes.NO_SENSORS);
		assertFalse(fixes.canFix(unfixable));
		assertEquals(List.of(), fixes.of(noSensors, unfixable));
	}

	@Test
	void languageServerOffersTheSameFixesAsCodeActions() {
		String broken = validWith("unit \"rpm\"", "unit \"bar\"");
		XtextResource resource = parseValidSyntax(broken);
		Issue issue = issue(resource, IssueCodes.UNIT_KIND_MISMATCH);
		Document document = new Document(1, broken);
		Diagnostic diagnostic = ProfileFixes.toDiagnostic(issue, document);
		List<CodeAction> actions = INJECTOR.getInstance(ICodeActionService2.class)
				.getCodeActions(fixes.options(resource, document, diagnostic))
				.stream().map(Either::getRight).toList();
		// the service sorts code actions by title; the preferred fix is the one to the kind's usual unit
		assertEquals(Set.copyOf(fixes.of(resource, issue).stream().map(ProfileFix::label).toList()),
				Set.copyOf(actions.stream().map(CodeAction::getTitle).toList()));
		CodeAction usual = actions.stream().filter(action -> action.getTitle().endsWith("\"rpm\"")).findFirst()
				.orElseThrow();
		List<TextEdit> edits = usual.getEdit().getChanges().get(resource.getURI().toString());
		assertEquals(VALID, document.applyChanges(edits).getContents());
	}

	/** Applies a fix, compares the text, and validates the result again. */
	private static void assertFixed(String broken, ProfileFix fix, String expected, String code) {
		String fixed = fix.applyTo(broken);
		assertEquals(expected, fixed, "text after '" + fix.label() + "'");
		List<Issue> remaining = validate(parseValidSyntax(fixed));
		assertTrue(remaining.stream().noneMatch(issue -> code.equals(issue.getCode())),
				"still " + code + " after '" + fix.label() + "': " + remaining);
	}

	private static ProfileFix onlyFix(String text, String code) {
		List<ProfileFix> offered = fixesFor(text, code);
		assertEquals(1, offered.size(), "fixes for " + code + ": " + offered);
		return offered.get(0);
	}

	private static List<ProfileFix> fixesFor(String text, String code) {
		XtextResource resource = parseValidSyntax(text);
		return fixes.of(resource, issue(resource, code));
	}

	private static Issue issue(XtextResource resource, String code) {
		List<Issue> issues = validate(resource);
		List<Issue> matching = issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), "issues " + code + " among " + issues);
		return matching.get(0);
	}
}
