package io.wearline.example.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.LoadedProfile;
import io.wearline.core.MachineTemplate;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.core.TemplateRegistry;
import io.wearline.model.MachineProfile;
import io.wearline.model.MachineType;

/** The template {@code acme_press}, contributed by this example bundle through {@code io.wearline.core.templates}. */
class AcmePressTemplateTest {
	private static final String ID = "acme_press";
	private static final String BUNDLE = "io.wearline.example.templates";

	@TempDir
	Path folder;

	@Test
	void theRegistryFindsTheTemplateWithWhatPluginXmlDeclares() {
		MachineTemplate template = TemplateRegistry.get().find(ID).orElseThrow();
		assertEquals("ACME hydraulic press 200 t", template.name());
		assertTrue(template.description().startsWith("Hydraulic press, 2000 kN:"), template.description());
		assertEquals(BUNDLE, template.contributor());
		assertEquals(MachineType.CUSTOM, template.machineType());
		assertTrue(template.location().getPath().endsWith("/templates/acme_press.machine"),
				template.location()::toString);
	}

	@Test
	void theTemplateIsListedAlongsideWearlinesOwnSortedById() {
		List<MachineTemplate> templates = TemplateRegistry.get().templates();
		List<String> ids = templates.stream().map(MachineTemplate::id).toList();
		assertTrue(ids.containsAll(List.of(ID, "blank", "motor", "pump")), () -> "templates: " + ids);
		assertEquals(ids.stream().sorted().toList(), ids);
		MachineTemplate motor = TemplateRegistry.get().find("motor").orElseThrow();
		assertEquals("io.wearline.core", motor.contributor());
		assertNotEquals(motor.contributor(), TemplateRegistry.get().find(ID).orElseThrow().contributor());
	}

	/** Not only free of errors: a template that warns (a missing unit) would warn in every machine made from it. */
	@Test
	void theTemplateFileLoadsWithoutAnyProblem() throws IOException {
		Path file = folder.resolve(ID + ".machine");
		try (InputStream in = template().location().openStream()) {
			Files.copy(in, file);
		}
		LoadedProfile loaded = Profiles.get().load(file);
		assertEquals(List.of(), loaded.problems());
		assertEquals(ProfileFormat.MACHINE, loaded.format());
		assertEquals(ID, loaded.profile().getId(), "the file's machine id is the template id");
		assertEquals(template().machineType(), loaded.profile().getType(), "plugin.xml and the file agree on the type");
	}

	@Test
	void instantiatingGivesAValidDetachedProfileWithTheChosenMachineId() throws IOException {
		MachineProfile profile = TemplateRegistry.get().instantiate(template(), "press_line_2");
		assertEquals("press_line_2", profile.getId());
		assertNull(profile.eResource());
		List<ProfileProblem> problems = Profiles.get().validate(profile, "press_line_2");
		assertEquals(List.of(), problems);
	}

	/** A third party's template gets every text format Wearline has, with nothing lost on the way. */
	@Test
	void theTemplateRoundTripsThroughJsonAndYamlToAnEqualModel() throws IOException {
		MachineProfile original = TemplateRegistry.get().instantiate(template(), ID);
		for (ProfileFormat format : List.of(ProfileFormat.JSON, ProfileFormat.YAML)) {
			Path file = folder.resolve(ID + "." + format.extension());
			Profiles.get().write(original, format, file);
			LoadedProfile loaded = Profiles.get().load(file);
			assertEquals(List.of(), loaded.problems(), file::toString);
			assertEquals(Profiles.get().toDsl(original), Profiles.get().toDsl(loaded.profile()), file::toString);
			assertTrue(EcoreUtil.equals(original, loaded.profile()), file::toString);
		}
	}

	private static MachineTemplate template() {
		return TemplateRegistry.get().find(ID).orElseThrow(() -> new AssertionError(
				"no template '" + ID + "' among " + TemplateRegistry.get().templates()));
	}
}
