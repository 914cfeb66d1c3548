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
			throw damaged(file, e.getMessage(), e);
		}
	}

	private static IOException damaged(Path file, String why, Throwable cause) {
		return new IOException("the checkpoint " + file + " is damaged (" + why + "); train again without --resume",
				cause);
	}

	/**
	 * Checks every field against the run it belongs to, so that a hand-edited or damaged {@code state.json} cannot
	 * make a resume loop, skip epochs or replace the model with an untrained network.
	 *
	 * @param runFolder the run's folder, named in the message
	 * @param record the run's record
	 * @throws IOException when a field does not fit the run; the message names the field and says to train again
	 */
	void checkAgainst(Path runFolder, RunRecord record) throws IOException {
		String why = misfit(record);
		if (why != null) {
			throw damaged(runFolder.resolve(FILE_NAME), why, null);
		}
	}

	/** What does not fit the run, or null. */
	private String misfit(RunRecord record) throws IOException {
		// the checkpoint is written before run.json after each epoch, so the record may lag by one epoch
		int lastPossible = Math.min(record.configuredEpochs(), record.epochs().size() + 1);
		if (epoch < 1 || epoch > lastPossible) {
			return "epoch " + epoch + " is not between 1 and " + lastPossible + ", the epochs of its run";
		}
		if (bestEpoch < 1 || bestEpoch > epoch) {
			return "bestEpoch " + bestEpoch + " is not between 1 and its epoch " + epoch;
		}
		if (staleEpochs != epoch - bestEpoch) {
			return "staleEpochs " + staleEpochs + " is not " + (epoch - bestEpoch) + ", the epochs since its best";
		}
		if ((best == null) != (bestEpoch == epoch)) {
			return "its best network does not match bestEpoch " + bestEpoch;
		}
		boolean heldOut = record.validationRows() > 0;
		if (heldOut ? !Double.isFinite(bestValidationLoss) : !Double.isNaN(bestValidationLoss)) {
			return "bestValidationLoss " + bestValidationLoss + " is not " + (heldOut ? "a finite number"
					: "empty, as its run holds no rows out");
		}
		if (seed != record.trainingSeed()) {
			return "seed " + seed + " is not its run's training seed " + record.trainingSeed();
		}
		if (!profileHash.equals(record.profileHash()) || !seedDataHash.equals(record.seedDataHash())) {
			return "its profile or seed data fingerprint is not its run's";
		}
		TvaeNetwork current = TvaeNetwork.fromBytes(network);
		if (current.epochs() != epoch) {
			return "its network was trained " + current.epochs() + " epochs, not " + epoch;
		}
		if (current.layout().width() != transformer.layout().width()) {
			return "its network does not fit its data transformer";
		}
		return null;
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
