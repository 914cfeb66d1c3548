package io.wearline.pipeline;

import java.io.IOException;
import java.util.Optional;

import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.dsl.validation.Ids;
import io.wearline.model.MachineProfile;

/**
 * A profile file becomes the workspace machine of its id: created here when the workspace has none; an existing
 * machine's profile is saved through {@link MachineStore#save}, a new version of its history when it differs.
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
}
