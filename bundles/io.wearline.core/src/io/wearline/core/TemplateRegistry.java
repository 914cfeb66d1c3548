package io.wearline.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.wearline.model.MachineProfile;

/** The machine templates contributed through the extension point {@code io.wearline.core.templates}. */
public final class TemplateRegistry {
	private static final TemplateRegistry DEFAULT = new TemplateRegistry();

	/** The registry of the running platform. */
	public static TemplateRegistry get() {
		return DEFAULT;
	}

	/** Every contributed template, sorted by id. */
	public List<MachineTemplate> templates() {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** The template with this id. */
	public Optional<MachineTemplate> find(String id) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** A new profile from a template, with the given machine id. */
	public MachineProfile instantiate(MachineTemplate template, String machineId) throws IOException {
		throw new UnsupportedOperationException("not yet implemented");
	}
}
