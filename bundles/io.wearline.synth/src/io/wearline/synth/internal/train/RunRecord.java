package io.wearline.synth.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.PastRun;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.internal.model.Json;
import io.wearline.synth.internal.nn.TvaeConfig;

/**
 * A run's {@code run.json}, rewritten atomically as the run goes: its configuration, seeds, versions, the data's
 * shape, every epoch's loss, validation loss and time, the timings, and the outcome with its message. Its
 * {@code outcome} reads {@code running} while the run trains; a run killed without a word keeps that, and a later
 * {@code --resume} takes it up.
 */
final class RunRecord {

	static final String FILE_NAME = "run.json";
	static final String FORMAT = "wearline-run";
	static final int VERSION = 1;
	static final String RUNNING = "running";

	private final Path file;
	private final ObjectNode root;

	private RunRecord(Path file, ObjectNode root) {
		this.file = file;
		this.root = root;
	}

	/** A new record of a run. */
	static RunRecord start(Path runFolder, String runId, String machine, String profileHash, String seedDataHash,
			Map<String, String> versions) {
		ObjectNode root = Json.object();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("runId", runId);
		root.put("machine", machine);
		root.put("outcome", RUNNING);
		root.put("message", "");
		root.put("started", Instant.now().toString());
		root.put("updated", Instant.now().toString());
		root.putNull("finished");
		root.put("profileHash", profileHash);
		root.put("seedDataHash", seedDataHash);
		ObjectNode versionNode = root.putObject("versions");
		versions.forEach(versionNode::put);
		root.putObject("configuration");
		root.putObject("seeds");
		root.putObject("data");
		root.putObject("timings");
		root.putArray("resumes");
		root.putArray("epochs");
		root.put("bestEpoch", 0);
		root.putNull("bestValidationLoss");
		root.putNull("model");
		root.putNull("modelId");
		return new RunRecord(runFolder.resolve(FILE_NAME), root);
	}

	/**
	 * Reads a run's record.
	 *
	 * @throws IOException when it is missing, not JSON or not a run record
	 */
	static RunRecord read(Path runFolder) throws IOException {
		Path file = runFolder.resolve(FILE_NAME);
		JsonNode node = Json.read(Files.readAllBytes(file));
		if (!FORMAT.equals(node.path("format").asText()) || node.path("version").asInt() != VERSION) {
			throw new IOException(file + " is not a run record of format version " + VERSION);
		}
		return new RunRecord(file, (ObjectNode) node);
	}

	/** The settings of the network and the run. */
	void configure(TvaeConfig config, int epochs, double validationShare, int patience, int threads) {
		ObjectNode node = root.putObject("configuration");
		node.put("epochs", epochs);
		node.put("batchSize", config.batchSize());
		node.put("embeddingDim", config.embeddingDim());
		ArrayNode compress = node.putArray("compressDims");
		config.compressDims().forEach(compress::add);
		ArrayNode decompress = node.putArray("decompressDims");
		config.decompressDims().forEach(decompress::add);
		node.put("learningRate", config.learningRate());
		node.put("l2", config.l2());
		node.put("lossFactor", config.lossFactor());
		node.put("validationShare", validationShare);
		node.put("patience", patience);
		node.put("threads", threads);
	}

	/** The seeds, the training seed first. */
	void seeds(SeedPlan seeds) {
		ObjectNode node = root.putObject("seeds");
		node.put("training", seeds.training());
		node.put("transformer", seeds.transformer());
		node.put("network", seeds.network());
		node.put("split", seeds.split());
		node.put("transform", seeds.transform());
		node.put("population", seeds.population());
		node.put("shuffle", "epoch e shuffles with SplitMix64(" + seeds.shuffle() + ", e)");
	}

	/** The data's shape. */
	void data(int rows, int trainingRows, int validationRows, int columns, int layoutWidth) {
		ObjectNode node = root.putObject("data");
		node.put("rows", rows);
		node.put("trainingRows", trainingRows);
		node.put("validationRows", validationRows);
		node.put("columns", columns);
		node.put("layoutWidth", layoutWidth);
	}

	/** A timing in seconds. */
	void timing(String name, double seconds) {
		((ObjectNode) root.get("timings")).put(name, seconds);
	}

	/** A resume after {@code epochs} epochs. */
	void resumed(int epochs) {
		((ArrayNode) root.get("resumes")).addObject().put("at", Instant.now().toString()).put("afterEpoch", epochs);
		root.put("outcome", RUNNING);
		root.put("message", "");
		root.putNull("finished");
	}

	/** Keeps the first {@code count} epochs (those of the checkpoint a resume starts from). */
	void keepEpochs(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("a run cannot keep " + count + " epochs");
		}
		ArrayNode epochs = (ArrayNode) root.get("epochs");
		while (epochs.size() > count) {
			epochs.remove(epochs.size() - 1);
		}
	}

	/** An epoch's figures. */
	void epoch(EpochRecord epoch) {
		ObjectNode node = ((ArrayNode) root.get("epochs")).addObject();
		node.put("epoch", epoch.epoch());
		Json.putNumber(node, "loss", epoch.loss());
		Json.putNumber(node, "validationLoss", epoch.validationLoss());
		node.put("seconds", epoch.seconds());
	}

	/** The best epoch so far. */
	void best(int epoch, double validationLoss) {
		root.put("bestEpoch", epoch);
		Json.putNumber(root, "bestValidationLoss", validationLoss);
	}

	/** The model written. */
	void model(String path, String modelId) {
		root.put("model", path);
		root.put("modelId", modelId);
	}

	/** How the run ended. */
	void finish(TrainingOutcome outcome, String message) {
		root.put("outcome", outcome.jsonName());
		root.put("message", message);
		root.put("finished", Instant.now().toString());
	}

	/** Writes the record, atomically. */
	void write() throws IOException {
		root.put("updated", Instant.now().toString());
		AtomicFile.write(file, Json.bytes(root));
	}

	/** The outcome as written: {@code running} or an outcome's JSON name. */
	String outcome() {
		return root.path("outcome").asText();
	}

	/** The epochs the run was configured for. */
	int configuredEpochs() {
		return root.path("configuration").path("epochs").asInt();
	}

	/** The configured validation share. */
	double validationShare() {
		return root.path("configuration").path("validationShare").asDouble();
	}

	/** The rows held out for validation, as recorded when the run prepared its data. */
	int validationRows() {
		return root.path("data").path("validationRows").asInt();
	}

	/** The training seed. */
	long trainingSeed() {
		return root.path("seeds").path("training").asLong();
	}

	/** The profile's fingerprint when the run started. */
	String profileHash() {
		return root.path("profileHash").asText();
	}

	/** The seed data's fingerprint when the run started. */
	String seedDataHash() {
		return root.path("seedDataHash").asText();
	}

	/** The configured patience. */
	int patience() {
		return root.path("configuration").path("patience").asInt();
	}

	/** The epochs recorded, as records (ETA and best flags are not kept: zero and false). */
	List<EpochRecord> epochs() {
		List<EpochRecord> epochs = new ArrayList<>();
		int total = configuredEpochs();
		for (JsonNode node : root.path("epochs")) {
			epochs.add(new EpochRecord(node.path("epoch").asInt(), total, number(node.get("loss")),
					number(node.get("validationLoss")), node.path("seconds").asDouble(), 0, false));
		}
		return epochs;
	}

	private static double number(JsonNode node) {
		return node == null || node.isNull() ? Double.NaN : node.asDouble();
	}

	/** The record as a run of the machine's history; its folder names it. */
	PastRun past() {
		Path folder = file.getParent();
		return new PastRun(folder.getFileName().toString(), folder, outcome(), root.path("message").asText(""),
				instant("started"), instant("updated"), configuredEpochs(), List.copyOf(epochs()),
				root.path("bestEpoch").asInt(0), number(root.get("bestValidationLoss")), trainingSeed(), patience());
	}

	private Instant instant(String field) {
		try {
			return Instant.parse(root.path(field).asText());
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/** The record's file. */
	Path file() {
		return file;
	}
}
