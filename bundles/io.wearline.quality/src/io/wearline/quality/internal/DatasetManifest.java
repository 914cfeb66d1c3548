package io.wearline.quality.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a quality report needs from a machine's dataset manifest ({@code data/manifest.json}, written by
 * generation): the latent source the synthetic rows were drawn from, so that the report says how they were made.
 */
public final class DatasetManifest {
	/** The manifest's name in the data folder. */
	public static final String FILE = "manifest.json";

	private DatasetManifest() {
	}

	/** The latent source in words, as the manifest records it, or why it is not known. */
	public static String latentSource(Path dataFolder) {
		Path file = dataFolder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return "not known: " + file + " is missing";
		}
		try {
			JsonNode sampling = new ObjectMapper().readTree(file.toFile()).path("sampling");
			JsonNode latent = sampling.path("latent");
			if (latent.isMissingNode()) {
				// manifests written before the source was recorded: generation then drew from the posteriors only
				return "posterior (not recorded in " + file + "; generation then always drew from the training"
						+ " posteriors)";
			}
			String description = sampling.path("latentDescription").asText("");
			return latent.asText() + (description.isEmpty() ? "" : ": " + description);
		} catch (IOException e) {
			return "not known: " + file + " cannot be read: " + e.getMessage();
		}
	}
}
