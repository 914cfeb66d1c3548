package io.wearline.dsl.ide.contentassist;

import static io.wearline.dsl.ide.ProfileSamples.INJECTOR;
import static io.wearline.dsl.ide.ProfileSamples.VALID;
import static io.wearline.dsl.ide.ProfileSamples.parse;
import static io.wearline.dsl.ide.ProfileSamples.parseValidSyntax;
import static io.wearline.dsl.ide.ProfileSamples.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.dsl.DegradationLaws;
import io.wearline.dsl.SensorUnits;
import io.wearline.model.MachineType;
import io.wearline.model.SensorKind;

/**
 * Content assist at a cursor, marked {@code <|>} in the profile text, through {@link ContentProposals} (as the
 * JFace editor calls it) and through the language server's {@link ContentAssistService}.
 */
class ContentProposalsTest {
	private static final String CURSOR = "<|>";
	private static ContentProposals proposals;

	@BeforeAll
	static void startLanguage() {
		proposals = INJECTOR.getInstance(ContentProposals.class);
	}

	@ParameterizedTest
	@EnumSource(value = SensorKind.class, mode = EnumSource.Mode.EXCLUDE, names = "OTHER")
	void unitsFitTheSensorsKindWithTheUsualOneFirst(SensorKind kind) {
		List<ContentAssistEntry> entries = at(VALID.replace("    kind temperature\n    unit \"°C\"\n",
				"    kind " + kind.getLiteral() + "\n    unit " + CURSOR + "\n"));
		List<String> units = ofKind(entries, ContentAssistEntry.KIND_UNIT);
		List<String> expected = SensorUnits.units(kind).stream().map(unit -> "\"" + unit + "\"").toList();
		assertEquals(expected, units);
		assertEquals("\"" + SensorUnits.defaultUnit(kind).orElseThrow() + "\"", units.get(0));
	}

	@Test
	void unitsAreFilteredByWhatIsTyped() {
		List<ContentAssistEntry> entries = at(VALID.replace("unit \"rpm\"", "unit \"r" + CURSOR + "\""));
		assertEquals(List.of("\"rpm\"", "\"rad/s\""), ofKind(entries, ContentAssistEntry.KIND_UNIT));
	}

	@Test
	void sensorOfOtherKindGetsNoUnits() {
		List<ContentAssistEntry> entries = at(VALID.replace("    kind temperature\n    unit \"°C\"\n",
				"    kind other\n    unit " + CURSOR + "\n"));
		assertEquals(List.of(), ofKind(entries, ContentAssistEntry.KIND_UNIT));
	}

	@Test
	void sensorIdsAfterAnEffect() {
		List<ContentAssistEntry> entries = at(VALID.replace("effect drift on speed", "effect drift on " + CURSOR));
		assertEquals(Set.of("speed", "temp"), new TreeSet<>(ofKind(entries, ContentAssistEntry.KIND_REFERENCE)));
		// words that may also be ids are no keywords here: only the profile's ids make sense
		assertEquals(List.of(), ofKind(entries, ContentAssistEntry.KIND_KEYWORD));
	}

	@Test
	void sensorIdsAfterARegimeOffset() {
		List<ContentAssistEntry> entries = at(VALID.replace("offset speed by 5", "offset " + CURSOR));
		assertEquals(Set.of("speed", "temp"), new TreeSet<>(ofKind(entries, ContentAssistEntry.KIND_REFERENCE)));
	}

	@Test
	void sensorIdsAreFilteredByWhatIsTyped() {
		List<ContentAssistEntry> entries = at(VALID.replace("effect drift on speed", "effect drift on te" + CURSOR));
		assertEquals(List.of("temp"), ofKind(entries, ContentAssistEntry.KIND_REFERENCE));
	}

	@Test
	void parameterKeysAfterSet() {
		List<ContentAssistEntry> entries = at(VALID.replace("set load = 0.4", "set " + CURSOR));
		assertEquals(List.of("load"), ofKind(entries, ContentAssistEntry.KIND_REFERENCE));
	}

	@Test
	void lawNamesAfterLaw() {
		List<ContentAssistEntry> entries = at(VALID.replace("  life 150", "  degradation { law " + CURSOR
				+ " }\n  life 150"));
		assertEquals(DegradationLaws.names(), new TreeSet<>(ofKind(entries, ContentAssistEntry.KIND_REFERENCE)));
		assertTrue(DegradationLaws.names().containsAll(List.of("linear", "exponential", "power", "step")));
	}

	@Test
	void lawParametersOfTheNamedLaw() {
		List<ContentAssistEntry> entries = at(VALID.replace("  life 150", "  degradation { law power(" + CURSOR
				+ ") }\n  life 150"));
		assertEquals(DegradationLaws.parametersOf("power").orElseThrow(),
				ofKind(entries, ContentAssistEntry.KIND_REFERENCE));
	}

	@Test
	void sensorKindsAfterKind() {
		List<ContentAssistEntry> entries = at(VALID.replace("kind temperature", "kind " + CURSOR));
		Set<String> kinds = new TreeSet<>();
		Arrays.stream(SensorKind.values()).forEach(kind -> kinds.add(kind.getLiteral()));
		assertEquals(kinds, new TreeSet<>(ofKind(entries, ContentAssistEntry.KIND_KEYWORD)));
	}

	@Test
	void machineTypesAfterType() {
		List<ContentAssistEntry> entries = at(VALID.replace("type motor", "type " + CURSOR));
		Set<String> types = new TreeSet<>();
		Arrays.stream(MachineType.values()).forEach(type -> types.add(type.getLiteral()));
		assertEquals(types, new TreeSet<>(ofKind(entries, ContentAssistEntry.KIND_KEYWORD)));
	}

	@Test
	void keywordsAndASensorTemplateInTheMachineBody() {
		List<ContentAssistEntry> entries = at(VALID.replace("  sensor temp {", "  " + CURSOR + "\n  sensor temp {"));
		List<String> keywords = ofKind(entries, ContentAssistEntry.KIND_KEYWORD);
		assertTrue(keywords.containsAll(List.of("sensor", "parameter", "regime", "failure")), keywords.toString());
		assertFalse(keywords.contains("type"), "type comes before the sensors: " + keywords);
		List<ContentAssistEntry> templates = entries.stream()
				.filter(entry -> ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())).toList();
		assertEquals(Set.of("sensor block", "failure mode block"),
				Set.copyOf(templates.stream().map(ContentAssistEntry::getLabel).toList()));
		ContentAssistEntry sensor = templates.stream().filter(entry -> entry.getLabel().equals("sensor block"))
				.findFirst().orElseThrow();
		assertTrue(sensor.getProposal().startsWith("sensor ${1:id}"), sensor.getProposal());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sensor block", "failure mode block" })
	void templateParsesAndValidatesWithItsDefaults(String label) {
		List<ContentAssistEntry> entries = at(VALID.replace("  sensor temp {", "  " + CURSOR + "\n  sensor temp {"));
		String snippet = entries.stream().filter(entry -> label.equals(entry.getLabel())).findFirst().orElseThrow()
				.getProposal();
		// what a client inserts when the engineer accepts every default: ${n:default} becomes default
		String inserted = snippet.replaceAll("\\$\\{\\d+:([^}]*)\\}", "$1").replace("$0", "");
		String text = label.startsWith("sensor") ? VALID.replace("  sensor temp {", "  " + inserted + "\n  sensor temp {")
				: VALID.replace("probability 0.3", "probability 0.2").replace("  }\n}\n", "  }\n  " + inserted + "\n}\n");
		assertEquals(List.of(), validate(parseValidSyntax(text)), text);
	}

	@Test
	void unitsThroughTheLanguageServerService() {
		String text = VALID.replace("unit \"rpm\"", "unit " + CURSOR);
		int offset = text.indexOf(CURSOR);
		String plain = text.replace(CURSOR, "");
		XtextResource resource = parse(plain);
		Document document = new Document(1, plain);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("memory:/test.machine"),
				document.getPosition(offset));
		CompletionList list = INJECTOR.getInstance(ContentAssistService.class).createCompletionList(document,
				resource, params, CancelIndicator.NullImpl);
		List<String> units = list.getItems().stream().filter(item -> item.getInsertTextFormat() != InsertTextFormat.Snippet)
				.map(CompletionItem::getLabel).filter(label -> SensorUnits.units(SensorKind.SPEED).contains(label))
				.toList();
		assertEquals(SensorUnits.units(SensorKind.SPEED), units);
	}

	@Test
	void cursorOutsideTheTextIsRefused() {
		XtextResource resource = parse(VALID);
		assertThrows(IndexOutOfBoundsException.class,
				() -> proposals.at(resource, VALID.length() + 1));
	}

	private static List<ContentAssistEntry> at(String textWithCursor) {
		int offset = textWithCursor.indexOf(CURSOR);
		if (offset < 0) {
			throw new IllegalArgumentException("no cursor " + CURSOR + " in\n" + textWithCursor);
		}
		XtextResource resource = parse(textWithCursor.replace(CURSOR, ""));
		return proposals.at(resource, offset);
	}

	private static List<String> ofKind(List<ContentAssistEntry> entries, String kind) {
		return entries.stream().filter(entry -> kind.equals(entry.getKind())).map(ContentAssistEntry::getProposal)
				.toList();
	}
}
