package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.wearline.core.LoadedProfile;
import io.wearline.core.MachineTemplate;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.core.TemplateRegistry;
import io.wearline.model.MachineProfile;

/** The templates of the extension point, and every one of them through every format and back. */
class TemplatesTest {
	private static final List<String> OWN = List.of("blank", "chiller", "cnc", "compressor", "motor", "pump",
			"turbofan");

	@TempDir
	Path folder;

	static Stream<MachineTemplate> templates() {
		return TemplateRegistry.get().templates().stream();
	}

	@Test
	void theCoreBundleContributesItsSevenTemplatesSortedById() {
		List<MachineTemplate> templates = TemplateRegistry.get().templates();
		List<String> ids = templates.stream().map(MachineTemplate::id).toList();
		assertTrue(ids.containsAll(OWN), () -> "templates: " + ids);
		assertEquals(ids.stream().sorted().toList(), ids);
		for (MachineTemplate template : templates) {
			if (OWN.contains(template.id())) {
				assertEquals("io.wearline.core", template.contributor());
				assertFalse(template.name().isBlank());
				assertFalse(template.description().isBlank(), template.id());
				assertTrue(template.location().getPath().endsWith("templates/" + template.id() + ".machine"));
			}
		}
	}

	@Test
	void findsATemplateByIdAndNothingForAnUnknownId() {
		assertEquals("motor", TemplateRegistry.get().find("motor").orElseThrow().id());
		assertTrue(TemplateRegistry.get().find("no_such_template").isEmpty());
	}

	@ParameterizedTest
	@MethodSource("templates")
	void aTemplateIsValidAndOfItsDeclaredMachineType(MachineTemplate template) throws IOException {
		MachineProfile profile = TemplateRegistry.get().instantiate(template, template.id());
		List<ProfileProblem> errors = Profiles.get().validate(profile, template.id()).stream()
				.filter(p -> p.severity() == ProfileProblem.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		assertEquals(template.machineType(), profile.getType());
	}

	@Test
	void instantiateRenamesTheMachineAndDetachesItFromTheTemplate() throws IOException {
		MachineTemplate motor = TemplateRegistry.get().find("motor").orElseThrow();
		MachineProfile profile = TemplateRegistry.get().instantiate(motor, "line_3_motor");
		assertEquals("line_3_motor", profile.getId());
		assertEquals(null, profile.eResource());
		assertEquals(8, profile.getSensors().size());
		try (InputStream in = motor.location().openStream()) {
			assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
					.contains("machine motor "), "the template file itself keeps its id");
		}
	}

	/**
	 * DSL, JSON, YAML, XLSX and DSL again, each written and read back: every step gives a model equal to the
	 * template's, with the same validator findings (the same codes and messages) as the template itself.
	 */
	@ParameterizedTest
	@MethodSource("templates")
	void everyTemplateRoundTripsThroughJsonYamlAndXlsxToAnEqualModel(MachineTemplate template) throws IOException {
		MachineProfile original = TemplateRegistry.get().instantiate(template, template.id());
		List<String> findings = codesAndMessages(Profiles.get().validate(original, template.id()));
		MachineProfile current = original;
		for (ProfileFormat format : List.of(ProfileFormat.MACHINE, ProfileFormat.JSON, ProfileFormat.YAML,
				ProfileFormat.XLSX, ProfileFormat.MACHINE)) {
			Path file = folder.resolve(template.id() + "-" + format.name().toLowerCase() + "." + format.extension());
			Profiles.get().write(current, format, file);
			LoadedProfile loaded = Profiles.get().load(file);
			assertNotNull(loaded.profile(), () -> file + ": " + loaded.problems());
			assertEquals(findings, codesAndMessages(loaded.problems()), file::toString);
			// the texts first, for a readable difference; then the models, which is what counts
			assertEquals(Profiles.get().toDsl(original), Profiles.get().toDsl(loaded.profile()), file::toString);
			assertTrue(EcoreUtil.equals(original, loaded.profile()), file::toString);
			current = loaded.profile();
		}
	}

	private static List<String> codesAndMessages(List<ProfileProblem> problems) {
		return problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).sorted().toList();
	}
}
