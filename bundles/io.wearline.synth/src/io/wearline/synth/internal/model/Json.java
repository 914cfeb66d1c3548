package io.wearline.synth.internal.model;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of the synthesizer's files (manifests, run records, checkpoints): one mapper, pretty printed, numbers
 * that may be NaN written as {@code null}, and reading helpers whose messages name the missing field.
 */
public final class Json {

	/** The mapper; it never closes the streams it is given. */
	public static final ObjectMapper MAPPER = new ObjectMapper()
			.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
			.enable(SerializationFeature.INDENT_OUTPUT);

	private Json() {
	}

	/** A new empty object. */
	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/** The object as UTF-8 bytes, pretty printed, with a final line break. */
	public static byte[] bytes(JsonNode node) {
		try {
			byte[] text = MAPPER.writeValueAsBytes(node);
			byte[] withNewline = java.util.Arrays.copyOf(text, text.length + 1);
			withNewline[text.length] = '\n';
			return withNewline;
		} catch (IOException e) {
			throw new IllegalStateException("a JSON tree always writes", e);
		}
	}

	/**
	 * Reads a JSON object.
	 *
	 * @throws IOException when the bytes are not JSON or not an object
	 */
	public static JsonNode read(byte[] bytes) throws IOException {
		JsonNode node;
		try {
			node = MAPPER.readTree(bytes);
		} catch (JsonProcessingException e) {
			// Jackson's messages name their place as "[Source: REDACTED (...); line: 1, column: 11]": the line is kept
			String words = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(
					"\\s*\\(start marker at \\[Source:[^]]*\\]\\)|\\s*at \\[Source:[^]]*\\]", "").strip();
			throw new IOException("it is not valid JSON (" + words + (e.getLocation() == null ? "" : " at line "
					+ e.getLocation().getLineNr()) + ")", e);
		}
		if (node == null || !node.isObject()) {
			throw new IOException("it does not hold a JSON object");
		}
		return node;
	}

	/** Reads a JSON object from a stream (left open). */
	public static JsonNode read(InputStream in) throws IOException {
		return read(in.readAllBytes());
	}

	/** Puts a number, or null when it is NaN or infinite (JSON has no such numbers). */
	public static void putNumber(ObjectNode node, String field, double value) {
		if (Double.isFinite(value)) {
			node.put(field, value);
		} else {
			node.putNull(field);
		}
	}

	/** The field, which must be there. */
	public static JsonNode required(JsonNode node, String field) throws IOException {
		JsonNode value = node.get(field);
		if (value == null || value.isMissingNode()) {
			throw new IOException("the field '" + field + "' is missing");
		}
		return value;
	}

	/** A text field, which must be there. */
	public static String text(JsonNode node, String field) throws IOException {
		JsonNode value = required(node, field);
		if (!value.isTextual()) {
			throw new IOException("the field '" + field + "' is not a text");
		}
		return value.asText();
	}

	/** A whole-number field, which must be there. */
	public static int integer(JsonNode node, String field) throws IOException {
		JsonNode value = required(node, field);
		if (!value.canConvertToInt()) {
			throw new IOException("the field '" + field + "' is not a whole number");
		}
		return value.asInt();
	}

	/** A number field written by {@link #putNumber}: null reads as NaN. */
	public static double number(JsonNode node, String field) throws IOException {
		JsonNode value = required(node, field);
		if (value.isNull()) {
			return Double.NaN;
		}
		if (!value.isNumber()) {
			throw new IOException("the field '" + field + "' is not a number");
		}
		return value.asDouble();
	}
}
