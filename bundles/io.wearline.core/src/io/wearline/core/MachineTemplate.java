package io.wearline.core;

import java.net.URL;

import io.wearline.model.MachineType;

/**
 * A machine profile template contributed through the extension point {@code io.wearline.core.templates}.
 *
 * @param id the template's id, as in {@code wearline new --template motor}
 * @param name a short name for lists
 * @param description one sentence on the machine it describes
 * @param contributor the symbolic name of the bundle that contributes it
 * @param location the template's {@code .machine} file
 * @param machineType the kind of machine it describes, for grouping in lists ({@code custom} when not given)
 */
public record MachineTemplate(String id, String name, String description, String contributor, URL location,
		MachineType machineType) {

	/** A template of a {@code custom} machine type. */
	public MachineTemplate(String id, String name, String description, String contributor, URL location) {
		this(id, name, description, contributor, location, MachineType.CUSTOM);
	}
}
