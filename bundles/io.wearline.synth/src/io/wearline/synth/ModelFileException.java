package io.wearline.synth;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be used: missing, of another format version, damaged, or not a Wearline model. The
 * message names the file, says what is wrong and what to do (usually: train the machine again).
 */
public final class ModelFileException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/**
	 * @param file the model file
	 * @param problem what is wrong with it
	 * @param cause the underlying failure, or null
	 */
	public ModelFileException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem + "; train the machine again (wearline train <machine>) to write a model this "
				+ "version of Wearline can read", cause);
		this.file = file;
	}

	/** The model file. */
	public Path file() {
		return file;
	}
}
