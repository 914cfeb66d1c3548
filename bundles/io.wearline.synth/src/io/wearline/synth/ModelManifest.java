package io.wearline.synth;

import java.time.Instant;
import java.util.Map;

/**
 * What a saved synthesizer model is and where it came from: written into the model file and beside it as
 * {@code model/manifest.json}, so that a person, a script or a later generation can tell which profile, seed data
 * and seed made it, with which versions, without loading the network.
 *
 * @param modelId the model's identity: the SHA-256 of its transformer, network and latent population, in hex; two
 *            files with the same id sample the same rows
 * @param machineId the machine it was trained for
 * @param profileHash the SHA-256 of the profile's canonical text (the profile language, formatted) at training
 *            time, in hex
 * @param seedDataHash the SHA-256 of the seed data file it learnt from, in hex; empty when it learnt from a table
 *            in memory
 * @param seed the training seed: the data transformer's, the network's initial parameters and noise, the
 *            validation split and every epoch's shuffle derive from it
 * @param runId the training run that made it ({@code runs/<runId>/run.json})
 * @param epochs the epochs the run trained
 * @param bestEpoch the epoch whose weights the model holds (from 1): the one with the lowest validation loss, or
 *            the last when there was no validation loss
 * @param bestValidationLoss the validation loss of that epoch; NaN when there was none
 * @param trainingRows the rows it trained on
 * @param validationRows the rows held out for the validation loss
 * @param columns the columns of the seed table
 * @param layoutWidth the width of the network's numeric form
 * @param created when the model was written
 * @param versions the versions of Wearline and of the libraries that made it ({@code wearline}, {@code nd4j},
 *            {@code javacpp}, {@code java})
 */
public record ModelManifest(String modelId, String machineId, String profileHash, String seedDataHash, long seed,
		String runId, int epochs, int bestEpoch, double bestValidationLoss, int trainingRows, int validationRows,
		int columns, int layoutWidth, Instant created, Map<String, String> versions) {

	/** Copies the versions. */
	public ModelManifest {
		versions = Map.copyOf(versions);
	}

	/** The same manifest with another model id. */
	public ModelManifest withModelId(String id) {
		return new ModelManifest(id, machineId, profileHash, seedDataHash, seed, runId, epochs, bestEpoch,
				bestValidationLoss, trainingRows, validationRows, columns, layoutWidth, created, versions);
	}
}
