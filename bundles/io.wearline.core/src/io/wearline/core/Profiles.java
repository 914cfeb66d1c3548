package io.wearline.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.wearline.model.MachineProfile;

/**
 * Reads, validates and writes machine profiles in every {@link ProfileFormat}. Every format goes through the same
 * model and the same validator (the profile language's), so every format gets the same messages and codes.
 * Bad input never throws from {@link #load(Path)}: it comes back as problems that name the file and place.
 */
public final class Profiles {
	private static final Profiles DEFAULT = new Profiles();

	/** The shared instance, with the default limits (10 MB per file). */
	public static Profiles get() {
		return DEFAULT;
	}

	/** Reads a profile of any format (chosen by the file's extension) and validates it. */
	public LoadedProfile load(Path file) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** Validates a profile built in memory; {@code sourceName} names it in the problems. */
	public List<ProfileProblem> validate(MachineProfile profile, String sourceName) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** Writes a profile in the given format, atomically: to a temporary file renamed into place. */
	public void write(MachineProfile profile, ProfileFormat format, Path out) throws IOException {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** The profile as formatted text of the profile language. */
	public String toDsl(MachineProfile profile) {
		throw new UnsupportedOperationException("not yet implemented");
	}
}
