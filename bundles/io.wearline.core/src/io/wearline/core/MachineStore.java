package io.wearline.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.wearline.model.MachineProfile;

/** The machines of a workspace folder: one folder per machine, the files are the database. */
public final class MachineStore {
	private final Path root;

	public MachineStore(Path root) {
		this.root = root;
	}

	/** The workspace folder. */
	public Path root() {
		return root;
	}

	/** Every machine of the workspace (a folder holding a {@code profile.machine}), sorted by id. */
	public List<Machine> machines() throws IOException {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * Creates a machine's folder and writes its profile (atomically). Refuses an id that is not a valid machine
	 * id (no path characters) and a machine that exists already.
	 */
	public Machine create(String machineId, MachineProfile profile) throws IOException {
		throw new UnsupportedOperationException("not yet implemented");
	}
}
