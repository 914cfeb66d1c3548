package io.wearline.dsl.ide.quickfix;

import static io.wearline.dsl.ide.ProfileSamples.VALID;
import static io.wearline.dsl.ide.ProfileSamples.parseValidSyntax;
import static io.wearline.dsl.ide.ProfileSamples.validate;
import static io.wearline.dsl.ide.ProfileSamples.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.wearline.dsl.validation.IssueCodes;

/**
 * Where each fixable issue sits in the text: the region an editor underlines and a quick fix's edit starts from.
 * Each case breaks the sample in one place and names, in brackets, the exact characters the issue must cover.
 */
class IssueRegionTest {
	private static final String DEGRADATION = "  degradation { law exponential(rate = 3) initial wear 0 to 0.05 rate"
			+ " variability 0.1 failure threshold 0.2 }\n  life 150";
	private static final String TRAINING = "  training { epochs 300 batch 500 learning rate 0.001 }\n}\n";
	private static final String DATASET = "  dataset { train 35000 rows validation 7500 rows }\n}\n";

	static Stream<Arguments> regions() {
		String degradation = validWith("  life 150", DEGRADATION);
		String training = VALID.replace("  }\n}\n", "  }\n" + TRAINING);
		String dataset = VALID.replace("  }\n}\n", "  }\n" + DATASET);
		String twoModes = VALID.replace("  }\n}\n", "  }\n  failure seal_leak {\n    probability 0.95\n  }\n}\n");
		return Stream.of(
				region(IssueCodes.INVALID_ID, validWith("sensor temp {", "sensor Temp {"), "sensor [Temp] {"),
				region(IssueCodes.DUPLICATE_ID, validWith("sensor temp {", "sensor speed {"), "sensor [speed] {"),
				region(IssueCodes.MISSING_UNIT, validWith("unit \"°C\"", "unit \"\""), "unit [\"\"]"),
				region(IssueCodes.UNIT_KIND_MISMATCH, validWith("unit \"rpm\"", "unit \"bar\""), "unit [\"bar\"]"),
				region(IssueCodes.MIN_NOT_BELOW_MAX, validWith("range 0 to 3000", "range 3000 to 0"),
						"range 3000 to [0]"),
				region(IssueCodes.NOMINAL_OUT_OF_RANGE, validWith("nominal 1480", "nominal 3500"), "nominal [3500]"),
				region(IssueCodes.INVALID_NOISE, validWith("noise 2.5", "noise -2.5"), "noise [-2.5]"),
				region(IssueCodes.INVALID_SAMPLING_INTERVAL,
						validWith("    noise 2.5\n", "    noise 2.5\n    sampled every 0 seconds\n"),
						"sampled every [0] seconds"),
				region(IssueCodes.ADJUSTMENT_OUT_OF_RANGE, validWith("offset speed by 5", "offset speed by 2000"),
						"offset speed by [2000]"),
				region(IssueCodes.UNKNOWN_SENSOR, validWith("drift on speed", "drift on sped"), "drift on [sped]"),
				region(IssueCodes.UNKNOWN_PARAMETER, validWith("set load", "set laod"), "set [laod]"),
				region(IssueCodes.NEGATIVE_WEIGHT, validWith("weight 0.4", "weight -0.4"), "weight [-0.4]"),
				region(IssueCodes.WEIGHTS_NOT_NORMALISED, validWith("weight 0.6", "weight 0.7"),
						"full_load weight [0.7]"),
				region(IssueCodes.PROBABILITY_OUT_OF_RANGE, validWith("probability 0.3", "probability 1.3"),
						"probability [1.3]"),
				region(IssueCodes.PROBABILITIES_EXCEED_ONE, twoModes, "probability [0.95]"),
				region(IssueCodes.HEALTH_OUT_OF_RANGE, validWith("onset at health 0.6", "onset at health 1.6"),
						"onset at health [1.6]"),
				region(IssueCodes.INVALID_LIFE, validWith("life 150 to 400", "life 400 to 150"), "life [400] to 150"),
				region(IssueCodes.UNKNOWN_LAW, degradation.replace("law exponential", "law exponentail"),
						"law [exponentail]("),
				region(IssueCodes.DUPLICATE_LAW_PARAMETER, degradation.replace("rate = 3", "rate = 3, rate = 4"),
						"rate = 3, [rate] = 4"),
				region(IssueCodes.INVALID_RATE_VARIABILITY,
						degradation.replace("rate variability 0.1", "rate variability -0.1"),
						"rate variability [-0.1]"),
				region(IssueCodes.INVALID_TRAINING, training.replace("epochs 300", "epochs 0"), "epochs [0]"),
				region(IssueCodes.DATASET_SIZE, dataset.replace("train 35000", "train 0"), "train [0] rows"));
	}

	private static Arguments region(String code, String text, String marked) {
		return Arguments.of(code.substring(code.lastIndexOf('.') + 1), code, text, marked);
	}

	@ParameterizedTest(name = "{0}: {3}")
	@MethodSource("regions")
	void theIssueCoversTheBadValue(String name, String code, String text, String marked) {
		String context = marked.replace("[", "").replace("]", "");
		int start = text.indexOf(context);
		assertTrue(start >= 0 && text.indexOf(context, start + 1) < 0, "'" + context + "' once in\n" + text);
		int offset = start + marked.indexOf('[');
		int length = marked.indexOf(']') - marked.indexOf('[') - 1;

		List<Issue> issues = validate(parseValidSyntax(text)).stream().filter(i -> code.equals(i.getCode()))
				.toList();

		assertEquals(1, issues.size(), () -> "issues: " + issues);
		Issue issue = issues.get(0);
		assertEquals(offset + ":" + length + " '" + text.substring(offset, offset + length) + "'",
				issue.getOffset() + ":" + issue.getLength() + " '"
						+ text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()) + "'");
	}

	@Test
	void everyFixableCodeHasARegionCase() {
		Set<String> fixable = Stream.of(MachineQuickfixProvider.class.getMethods())
				.map(m -> m.getAnnotation(QuickFix.class)).filter(q -> q != null).map(QuickFix::value)
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> covered = regions().map(a -> (String) a.get()[1]).collect(Collectors.toSet());
		assertTrue(fixable.size() > 10, fixable::toString);
		assertEquals(Set.of(), fixable.stream().filter(c -> !covered.contains(c)).collect(Collectors.toSet()));
	}
}
