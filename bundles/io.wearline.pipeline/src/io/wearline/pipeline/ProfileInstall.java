package io.wearline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileFormat;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.Ids;
import io.wearline.model.MachineProfile;

/**
 * A profile file becomes the workspace machine of its id: created, or its profile replaced when the file says
 * something else. (This belongs in the machine store, {@code MachineStore.save}, once the store saves; until then
 * it is here, for the build alone.)
 */
final class ProfileInstall {

	private ProfileInstall() {
	}

	/**
	 * The workspace machine of the profile's id, created with the profile when the workspace has none.
	 *
	 * @throws IllegalArgumentException when the profile's id cannot name a machine folder
	 */
	static Machine machineOf(MachineStore store, MachineProfile profile, String shownName) throws IOException {
		if (!MachineStore.isValidId(profile.getId())) {
			throw new IllegalArgumentException(shownName + ": the profile's id '" + profile.getId() + "' cannot name a"
					+ " machine folder (" + Ids.PATTERN + ")");
		}
		synchronized (store) {
			Optional<Machine> found = store.find(profile.getId());
			return found.isPresent() ? found.get() : store.create(profile.getId(), profile);
		}
	}

	/**
	 * Replaces the machine's profile by this one when its text differs (written in the profile language; the
	 * previous text goes only when the new one is complete). The caller holds the machine's lock.
	 */
	static void update(Machine machine, MachineProfile profile) throws IOException {
		String text = Profiles.get().toDsl(profile);
		Path file = machine.profileFile();
		if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
			Profiles.get().write(profile, ProfileFormat.MACHINE, file);
		}
	}
}
