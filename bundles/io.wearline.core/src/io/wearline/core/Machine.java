package io.wearline.core;

import java.nio.file.Path;

/**
 * One machine of a workspace: a folder named by the machine's id that holds {@code profile.machine} and, later,
 * its seed data, model, runs, datasets and reports (DESIGN.md section 3).
 *
 * @param id the machine's id
 * @param folder its folder
 */
public record Machine(String id, Path folder) {
	/** The file name of the profile inside a machine's folder. */
	public static final String PROFILE_FILE = "profile.machine";

	/** The machine's profile, the source of truth. */
	public Path profileFile() {
		return folder.resolve(PROFILE_FILE);
	}
}
