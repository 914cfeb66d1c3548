package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileChange;
import io.wearline.core.ProfileComparison;
import io.wearline.core.ProfileHistory;
import io.wearline.core.ProfileVersion;
import io.wearline.core.Profiles;

/** Every save through the store keeps a version; versions are compared, restored, bounded, never lost. */
class ProfileHistoryTest {
	/** The sample with a comment the store must keep, as a user writes one. */
	private static final String FIRST = "// the test bench motor\n" + SampleProfiles.MOTOR;
	/** A wider speed range and a second failure mode. */
	private static final String SECOND = FIRST.replace("range 0 to 3000 clipped", "range 0 to 3200 clipped")
			.replace("  dataset {", "  failure stator_short \"Stator short\" { probability 0.2 onset at health 0.5"
					+ " effect drift on speed by -10 }\n  dataset {");

	@TempDir
	Path workspace;

	private MachineStore store;
	private Machine machine;

	@BeforeEach
	void createMachine() throws IOException {
		store = new MachineStore(workspace);
		machine = store.create("m1", Profiles.get().load(SampleProfiles.write(workspace.resolve("in/m1.machine"),
				SampleProfiles.MOTOR)).profile());
		store.saveText(machine, FIRST);
	}

	@Test
	void aSaveKeepsThePreviousTextAndSaysWhatChangedInAnEngineersWords() throws IOException {
		ProfileVersion saved = store.saveText(machine, SECOND);

		assertEquals("sensor speed: range 0–3000 → 0–3200; failure mode stator_short added", saved.summary());
		List<ProfileVersion> versions = store.history(machine);
		assertEquals(List.of(1, 2, 3), versions.stream().map(ProfileVersion::number).toList());
		assertEquals("machine created", versions.get(0).summary());
		assertEquals("layout or comments changed", versions.get(1).summary());
		assertEquals(System.getProperty("user.name"), saved.user());
		ProfileHistory history = new ProfileHistory(machine);
		assertEquals(FIRST, history.text(2), "the previous text is kept to the character");
		assertEquals(SECOND, Files.readString(machine.profileFile()));
		assertEquals(saved, store.saveText(machine, SECOND), "saving the same text again records nothing");
		assertEquals(3, store.history(machine).size());
	}

	@Test
	void changesAreComparedElementByElementThenAsText() {
		String third = SECOND.replace("noise 2.5", "noise 3").replace("epochs 300", "epochs 40")
				.replace("  regime full_load weight 0.6\n", "");
		ProfileComparison comparison = ProfileComparison.of(FIRST, third, "m1 version 2", "m1 version 3");
		assertEquals(List.of(new ProfileChange("sensor speed", "range 0–3000 → 0–3200"),
				new ProfileChange("sensor speed", "noise 2.5 → 3"),
				new ProfileChange("regime full_load", ProfileChange.REMOVED),
				new ProfileChange("failure mode stator_short", ProfileChange.ADDED),
				new ProfileChange("training", "epochs 300 → 40")), comparison.changes());
		assertEquals("sensor speed: range 0–3000 → 0–3200, noise 2.5 → 3; regime full_load removed; failure mode"
				+ " stator_short added; training: epochs 300 → 40", comparison.summary());
		String diff = comparison.textDiff();
		assertTrue(diff.startsWith("--- m1 version 2\n+++ m1 version 3\n@@ -"), diff);
		assertTrue(diff.contains("\n-    range 0 to 3000 clipped\n+    range 0 to 3200 clipped\n"), diff);
		assertTrue(diff.contains("\n-  regime full_load weight 0.6\n"), diff);
		assertTrue(diff.contains("\n     nominal 1480\n"), "context lines around a change: " + diff);
		assertEquals("", ProfileComparison.of(FIRST, FIRST, "a", "b").textDiff());
	}

	@Test
	void restoreGivesBackTheExactTextAsANewVersion() throws IOException {
		store.saveText(machine, SECOND);
		ProfileVersion restored = store.restore(machine, 2);

		assertEquals(FIRST, Files.readString(machine.profileFile()));
		assertEquals(4, restored.number());
		assertEquals("restored version 2: sensor speed: range 0–3200 → 0–3000; failure mode stator_short removed",
				restored.summary());
		assertEquals(SECOND, new ProfileHistory(machine).text(3), "the replaced text stays in the history");
		NoSuchFileException absent = assertThrows(NoSuchFileException.class, () -> store.restore(machine, 9));
		assertEquals("version 9 is not kept; the kept versions are 1 to 4", absent.getReason());
	}

	@Test
	void anEditOutsideWearlineIsRecordedAtTheNextAccess() throws IOException {
		Files.writeString(machine.profileFile(), SECOND);

		List<ProfileVersion> versions = store.history(machine);
		assertEquals(3, versions.size());
		assertEquals("changed outside Wearline: sensor speed: range 0–3000 → 0–3200; failure mode stator_short"
				+ " added", versions.get(2).summary());
		assertEquals(SECOND, new ProfileHistory(machine).text(3));
		store.saveText(machine, FIRST);
		assertEquals(4, store.history(machine).size(), "the outside edit is one version, the save the next");
	}

	@Test
	void theHistoryKeepsOnlyTheLastVersionsItIsToldTo() throws IOException {
		System.setProperty(ProfileHistory.LIMIT_PROPERTY, "3");
		try {
			for (int noise = 3; noise <= 7; noise++) {
				store.saveText(machine, FIRST.replace("noise 2.5", "noise " + noise));
			}
			assertEquals(List.of(5, 6, 7), store.history(machine).stream().map(ProfileVersion::number).toList());
			assertEquals(FIRST.replace("noise 2.5", "noise 5"), new ProfileHistory(machine).text(5));
			assertThrows(NoSuchFileException.class, () -> new ProfileHistory(machine).text(4));
			assertEquals(6, Files.list(machine.folder().resolve(ProfileHistory.FOLDER)).count(),
					"a text and a record per kept version, nothing else");
		} finally {
			System.clearProperty(ProfileHistory.LIMIT_PROPERTY);
		}
		assertEquals(ProfileHistory.DEFAULT_LIMIT, ProfileHistory.limit());
	}

	@Test
	void renameMovesTheFolderAndChangesOnlyTheIdInTheText() throws IOException {
		SampleProfiles.write(machine.seedFile(), "seed");
		Machine renamed = store.rename(machine, "pump_2");

		assertFalse(Files.exists(workspace.resolve("m1")));
		assertEquals(FIRST.replace("machine m1 ", "machine pump_2 "), Files.readString(renamed.profileFile()));
		assertEquals("seed", Files.readString(renamed.seedFile()));
		List<ProfileVersion> versions = store.history(renamed);
		assertEquals("machine renamed from m1 to pump_2", versions.get(versions.size() - 1).summary());
		assertEquals(List.of("pump_2"), store.machines().stream().map(Machine::id).toList());
		store.restore(renamed, 2);
		assertEquals(FIRST.replace("machine m1 ", "machine pump_2 "), Files.readString(renamed.profileFile()),
				"a version from before the rename comes back under the machine's id");
	}

	@Test
	void duplicateCopiesTheProfileAndSeedDataButNotTheWorkOrHistory() throws IOException {
		SampleProfiles.write(machine.seedFile(), "seed");
		SampleProfiles.write(machine.modelFolder().resolve("manifest.json"), "{}");
		Machine copy = store.duplicate(machine, "m2");

		assertEquals(FIRST.replace("machine m1 ", "machine m2 "), Files.readString(copy.profileFile()));
		assertEquals("seed", Files.readString(copy.seedFile()));
		assertFalse(Files.exists(copy.modelFolder()));
		assertEquals(Machine.Stage.SEEDED, copy.stage());
		List<ProfileVersion> versions = store.history(copy);
		assertEquals(1, versions.size());
		assertEquals("duplicated from m1 version 2", versions.get(0).summary());
		assertEquals(FIRST, Files.readString(machine.profileFile()), "the original is left as it was");
		assertThrows(FileAlreadyExistsException.class, () -> store.duplicate(machine, "m2"));
		assertThrows(IllegalArgumentException.class, () -> store.rename(machine, "../m3"));
		assertEquals(List.of("m1", "m2"), store.machines().stream().map(Machine::id).toList());
	}

	@Test
	void deleteRemovesTheWholeFolder() throws IOException {
		SampleProfiles.write(machine.seedFile(), "seed");
		store.delete(machine);
		assertFalse(Files.exists(machine.folder()));
		try (var left = Files.list(workspace)) {
			assertEquals(List.of("in"), left.map(p -> p.getFileName().toString()).toList(),
				"nothing of the machine is left aside");
		}
	}
}
