package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.Profiles;
import io.wearline.core.TemplateRegistry;
import io.wearline.model.MachineProfile;
import io.wearline.test.support.SampleProfiles;

/** The machine store: one folder per machine, named by its id. */
class MachineStoreTest {
	@TempDir
	Path workspace;

	private static MachineProfile motor() throws IOException {
		return TemplateRegistry.get().instantiate(TemplateRegistry.get().find("motor").orElseThrow(), "motor");
	}

	@Test
	void anEmptyOrAbsentWorkspaceHasNoMachines() throws IOException {
		assertEquals(List.of(), new MachineStore(workspace).machines());
		assertEquals(List.of(), new MachineStore(workspace.resolve("absent")).machines());
	}

	@Test
	void createWritesTheProfileUnderTheMachinesIdAndListsMachinesSorted() throws IOException {
		MachineStore store = new MachineStore(workspace.resolve("ws"));
		MachineProfile profile = motor();
		Machine pump = store.create("pump_7", profile);
		store.create("motor_2", profile);
		store.create("compressor", profile);

		assertEquals(List.of("compressor", "motor_2", "pump_7"), store.machines().stream().map(Machine::id).toList());
		assertEquals(workspace.resolve("ws/pump_7/profile.machine"), pump.profileFile());
		LoadedProfile written = Profiles.get().load(pump.profileFile());
		assertEquals(List.of(), Problems.errors(written));
		assertEquals("pump_7", written.profile().getId());
		assertEquals("motor", profile.getId(), "the profile given is left as it is");
		assertEquals(pump, store.find("pump_7").orElseThrow());
		assertTrue(store.find("absent").isEmpty());
	}

	@Test
	void createRefusesAMachineThatExists() throws IOException {
		MachineStore store = new MachineStore(workspace);
		Machine first = store.create("m1", motor());
		byte[] before = Files.readAllBytes(first.profileFile());
		FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
				() -> store.create("m1", motor()));
		assertTrue(refused.getMessage().contains("Machine 'm1' exists already"), refused.getMessage());
		assertEquals(new String(before), Files.readString(first.profileFile()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil", "a/b", "..", ".", "Motor", "1st", "_x", "", "a b", "a\\b", "m\u00e9",
			"a2345678901234567890123456789012345678901234567890123456789012345" })
	void createRefusesAnInvalidIdAndCreatesNothing(String id) throws IOException {
		MachineStore store = new MachineStore(workspace.resolve("ws"));
		MachineProfile profile = motor();
		assertThrows(IllegalArgumentException.class, () -> store.create(id, profile));
		assertFalse(MachineStore.isValidId(id));
		assertFalse(Files.exists(workspace.resolve("evil")));
		assertFalse(Files.exists(workspace.resolve("ws")), "nothing is created for a refused id");
	}

	@Test
	void aProfileThatCannotBeWrittenLeavesNoMachineBehind() throws IOException {
		MachineStore store = new MachineStore(workspace);
		MachineProfile broken = motor();
		broken.getSensors().get(0).setNominal(Double.NaN);
		assertThrows(IllegalArgumentException.class, () -> store.create("m1", broken));
		assertFalse(Files.exists(workspace.resolve("m1")));
		assertEquals(List.of(), store.machines());
		store.create("m1", motor());
		assertEquals(List.of("m1"), store.machines().stream().map(Machine::id).toList());
	}

	@Test
	void theLongestValidIdHas64Characters() {
		assertTrue(MachineStore.isValidId("a" + "0".repeat(63)));
		assertFalse(MachineStore.isValidId("a" + "0".repeat(64)));
	}

	@Test
	void foldersThatAreNotMachinesAreNotListed() throws IOException {
		MachineStore store = new MachineStore(workspace);
		store.create("m1", motor());
		Files.createDirectories(workspace.resolve("no_profile"));
		SampleProfiles.write(workspace.resolve(".history/profile.machine"), "old");
		SampleProfiles.write(workspace.resolve("Not_An_Id/profile.machine"), "other");
		SampleProfiles.write(workspace.resolve("notes.txt"), "notes");
		assertEquals(List.of("m1"), store.machines().stream().map(Machine::id).toList());
	}

	@Test
	void theStageFollowsTheFilesEachStepLeavesInTheMachinesFolder() throws IOException {
		Machine machine = new MachineStore(workspace).create("m1", motor());
		assertEquals(Machine.Stage.PROFILE, machine.stage());
		SampleProfiles.write(machine.dataFolder().resolve("manifest.json"), "{}");
		assertEquals(Machine.Stage.PROFILE, machine.stage(), "datasets without seed data or a model do not count");
		SampleProfiles.write(machine.seedFile(), "seed");
		assertEquals(Machine.Stage.SEEDED, machine.stage());
		SampleProfiles.write(machine.modelFolder().resolve("manifest.json"), "{}");
		assertEquals(Machine.Stage.GENERATED, machine.stage());
		SampleProfiles.write(machine.reportsFolder().resolve("quality.json"), "{}");
		assertEquals(Machine.Stage.SCORED, machine.stage());
		Files.delete(machine.dataFolder().resolve("manifest.json"));
		assertEquals(Machine.Stage.TRAINED, machine.stage());
		assertEquals(workspace.resolve("m1/seed/seed.parquet"), machine.seedFile());
		assertEquals(workspace.resolve("m1/runs"), machine.runsFolder());
	}
}
