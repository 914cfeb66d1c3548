package io.wearline.core.internal.formats;

import org.eclipse.emf.ecore.EObject;

import io.wearline.core.internal.Findings;
import io.wearline.core.internal.SourceMap;
import io.wearline.model.MachineProfile;

/** Reads and writes profiles in one file format. Implementations are stateless and may be shared by threads. */
public interface FormatCodec {

	/**
	 * Reads a profile from a file's content. Never throws for bad content: every problem of the file's syntax
	 * and shape goes to {@code findings}, at its place, and the place of every element and field read goes to
	 * {@code places}.
	 *
	 * @return the profile as far as it could be read, or {@code null} when nothing could be
	 */
	MachineProfile read(byte[] content, Findings findings, SourceMap places);

	/**
	 * The profile in this format.
	 *
	 * @throws IllegalArgumentException when the profile holds what this format cannot (a number that is not
	 *         finite; for the profile language also an id that is not an identifier); the message names it
	 */
	byte[] write(MachineProfile profile);

	/** The message for a number the format cannot hold, naming where it is. */
	static IllegalArgumentException notWritable(EObject element, String field, Object value, String format) {
		return new IllegalArgumentException("The profile cannot be written as " + format + ": '" + field + "' of "
				+ io.wearline.core.internal.ElementNames.of(element) + " is " + value
				+ ", which is not a finite number; fix it first (the validator reports it as notFinite).");
	}
}
