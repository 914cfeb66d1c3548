package io.wearline.synth.internal.model;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.synth.ModelManifest;

/** A {@link ModelManifest} as a JSON object and back. */
public final class ManifestJson {

	private ManifestJson() {
	}

	/** The manifest's fields into {@code node}. */
	public static ObjectNode write(ModelManifest manifest, ObjectNode node) {
		node.put("modelId", manifest.modelId());
		node.put("machine", manifest.machineId());
		node.put("profileHash", manifest.profileHash());
		node.put("seedDataHash", manifest.seedDataHash());
		node.putObject("seeds").put("training", manifest.seed());
		node.put("runId", manifest.runId());
		node.put("epochs", manifest.epochs());
		node.put("bestEpoch", manifest.bestEpoch());
		Json.putNumber(node, "bestValidationLoss", manifest.bestValidationLoss());
		node.put("trainingRows", manifest.trainingRows());
		node.put("validationRows", manifest.validationRows());
		node.put("columns", manifest.columns());
		node.put("layoutWidth", manifest.layoutWidth());
		node.put("created", manifest.created().toString());
		ObjectNode versions = node.putObject("versions");
		manifest.versions().forEach(versions::put);
		return node;
	}

	/**
	 * The manifest of a JSON object written by {@link #write}.
	 *
	 * @throws IOException when a field is missing or of the wrong kind; the message names it
	 */
	public static ModelManifest read(JsonNode node) throws IOException {
		Map<String, String> versions = new LinkedHashMap<>();
		JsonNode versionNode = Json.required(node, "versions");
		versionNode.properties().forEach(e -> versions.put(e.getKey(), e.getValue().asText()));
		Instant created;
		try {
			created = Instant.parse(Json.text(node, "created"));
		} catch (DateTimeParseException e) {
			throw new IOException("the manifest's 'created' is not a time: " + e.getMessage(), e);
		}
		return new ModelManifest(Json.text(node, "modelId"), Json.text(node, "machine"),
				Json.text(node, "profileHash"), Json.text(node, "seedDataHash"),
				Json.required(Json.required(node, "seeds"), "training").asLong(), Json.text(node, "runId"),
				Json.integer(node, "epochs"), Json.integer(node, "bestEpoch"),
				Json.number(node, "bestValidationLoss"), Json.integer(node, "trainingRows"),
				Json.integer(node, "validationRows"), Json.integer(node, "columns"), Json.integer(node, "layoutWidth"),
				created, versions);
	}
}
