package io.wearline.synth.internal.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;
import io.wearline.synth.internal.model.Json;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.transform.DataTransformer;

/**
 * A run's state after an epoch, {@code runs/<run-id>/checkpoint.zip}, rewritten atomically after every epoch: the
 * network with its optimiser's state, the best epoch's network, the data transformer, and the early-stopping
 * state. A resumed run restores it and trains on exactly as the uninterrupted run would have.
 *
 * @param epoch the epochs done
 * @param bestEpoch the epoch with the lowest validation loss so far (from 1), 0 before the first
 * @param bestValidationLoss its validation loss; NaN when rows are not held out
 * @param staleEpochs the epochs since the best one
 * @param seed the run's training seed
 * @param profileHash the profile's fingerprint when the run started
 * @param seedDataHash the seed data's fingerprint when the run started
 * @param transformer the data transformer
 * @param network the network after {@code epoch} epochs, as bytes
 * @param best the best epoch's network as bytes; null when it is {@code network}
 */
record Checkpoint(int epoch, int bestEpoch, double bestValidationLoss, int staleEpochs, long seed,
		String profileHash, String seedDataHash, DataTransformer transformer, byte[] network, byte[] best) {

	static final String FILE_NAME = "checkpoint.zip";

	private static final String STATE = "state.json";
	private static final String TRANSFORMER = "transformer.json";
	private static final String NETWORK = "network.bin";
	private static final String BEST = "best.bin";

	/** Writes the checkpoint into a run's folder, atomically. */
	void write(Path runFolder) throws IOException {
		ObjectNode state = Json.object();
		state.put("format", "wearline-checkpoint");
		state.put("version", 1);
		state.put("epoch", epoch);
		state.put("bestEpoch", bestEpoch);
		Json.putNumber(state, "bestValidationLoss", bestValidationLoss);
		state.put("staleEpochs", staleEpochs);
		state.put("seed", seed);
		state.put("profileHash", profileHash);
		state.put("seedDataHash", seedDataHash);
		ByteArrayOutputStream transformerBytes = new ByteArrayOutputStream();
		transformer.save(transformerBytes);
		AtomicFile.write(runFolder.resolve(FILE_NAME), out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			put(zip, STATE, Json.bytes(state));
			put(zip, TRANSFORMER, transformerBytes.toByteArray());
			put(zip, NETWORK, network);
			if (best != null) {
				put(zip, BEST, best);
			}
			zip.finish();
		});
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	/** Whether a run's folder has a checkpoint. */
	static boolean exists(Path runFolder) {
		return Files.isRegularFile(runFolder.resolve(FILE_NAME));
	}

	/**
	 * Reads a run's checkpoint.
	 *
	 * @throws IOException when it is missing or damaged; the message names it
	 */
	static Checkpoint read(Path runFolder) throws IOException {
		Path file = runFolder.resolve(FILE_NAME);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try {
			try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
			JsonNode state = Json.read(required(entries, STATE, file));
			DataTransformer transformer = DataTransformer.load(new ByteArrayInputStream(required(entries,
					TRANSFORMER, file)));
			byte[] network = required(entries, NETWORK, file);
			// the networks are checked (format, checksum) before the run trusts them
			TvaeNetwork.fromBytes(network);
			byte[] best = entries.get(BEST);
			if (best != null) {
				TvaeNetwork.fromBytes(best);
			}
			return new Checkpoint(Json.integer(state, "epoch"), Json.integer(state, "bestEpoch"),
					Json.number(state, "bestValidationLoss"), Json.integer(state, "staleEpochs"),
					Json.required(state, "seed").asLong(), Json.text(state, "profileHash"),
					Json.text(state, "seedDataHash"), transformer, network, best);
		} catch (IOException | RuntimeException e) {
			throw new IOException("the checkpoint " + file + " is damaged (" + e.getMessage() + "); start a new "
					+ "training without --resume", e);
		}
	}

	private static byte[] required(Map<String, byte[]> entries, String name, Path file) throws IOException {
		byte[] bytes = entries.get(name);
		if (bytes == null) {
			throw new IOException("it has no " + name);
		}
		return bytes;
	}

	/** Deletes a run's checkpoint (once its model is saved, nothing resumes it). */
	static void delete(Path runFolder) throws IOException {
		Files.deleteIfExists(runFolder.resolve(FILE_NAME));
	}
}
