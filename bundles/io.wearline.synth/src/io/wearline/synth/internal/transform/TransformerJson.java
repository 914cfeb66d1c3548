package io.wearline.synth.internal.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.ValueBounds;

/**
 * The saved form of a fitted data transformer: one JSON object with a format name and a version, then the columns
 * in schema order, each with its codec's parameters. Doubles are written in Java's shortest exact form, so a
 * loaded transformer encodes and decodes exactly as the saved one did. Version 1 is the only version so far; a
 * file of another version, or not of this format, is refused with a message that says what to do.
 * <p>
 * Neither method closes the stream, so the form can sit inside a model file beside other entries.
 */
public final class TransformerJson {
	/** The value of the {@code format} field. */
	public static final String FORMAT = "wearline-data-transformer";
	/** The version this code writes and reads. */
	public static final int VERSION = 1;

	private static final ObjectMapper MAPPER = new ObjectMapper()
			.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

	private TransformerJson() {
	}

	/** Writes the codecs, in schema order. */
	public static void write(List<ColumnCodec> codecs, OutputStream out) throws IOException {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		ArrayNode columns = root.putArray("columns");
		for (ColumnCodec codec : codecs) {
			columns.add(codec(codec));
		}
		MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
		out.flush();
	}

	private static ObjectNode codec(ColumnCodec codec) {
		ObjectNode node = MAPPER.createObjectNode();
		Column column = codec.column();
		node.put("name", column.name());
		node.put("type", column.type().name());
		node.put("nullable", column.nullable());
		switch (codec) {
			case ContinuousCodec continuous -> {
				node.put("codec", "continuous");
				node.put("indicator", continuous.indicator());
				node.putArray("range").add(continuous.range().min()).add(continuous.range().max());
				Mixture mixture = continuous.mixture();
				ObjectNode modes = node.putObject("modes");
				doubles(modes.putArray("weights"), mixture.weights());
				doubles(modes.putArray("means"), mixture.means());
				doubles(modes.putArray("stds"), mixture.stds());
				doubles(modes.putArray("offsets"), mixture.offsets());
			}
			case CategoryCodec category -> {
				node.put("codec", "category");
				node.put("treatment", category.treatment().name());
				node.put("missingSlot", category.missingSlot());
				node.set("levels", levels(category.levels()));
			}
			case FixedCodec fixed -> {
				node.put("codec", "fixed");
				node.put("indicator", fixed.indicator());
				node.set("levels", levels(fixed.levels()));
				ArrayNode counts = node.putArray("counts");
				for (long count : fixed.counts()) {
					counts.add(count);
				}
			}
		}
		return node;
	}

	private static ObjectNode levels(Levels levels) {
		ObjectNode node = MAPPER.createObjectNode();
		switch (levels) {
			case LabelLevels labels -> {
				ArrayNode array = node.putArray("labels");
				labels.labels().forEach(array::add);
				ArrayNode dictionary = node.putArray("dictionary");
				labels.dictionary().forEach(dictionary::add);
			}
			case BooleanLevels booleans -> {
				ArrayNode array = node.putArray("booleans");
				for (boolean value : booleans.values()) {
					array.add(value);
				}
			}
			case NumberLevels numbers -> {
				if (numbers.type() == ColumnType.DOUBLE) {
					doubles(node.putArray("doubles"), numbers.doubles());
				} else {
					ArrayNode array = node.putArray("longs");
					for (long value : numbers.longs()) {
						array.add(value);
					}
				}
			}
		}
		return node;
	}

	private static void doubles(ArrayNode array, double[] values) {
		for (double value : values) {
			array.add(value);
		}
	}

	/**
	 * Reads the codecs, in schema order.
	 *
	 * @throws IOException when the stream cannot be read, is not a saved data transformer, is of another version,
	 *             or is damaged; the message says which
	 */
	public static List<ColumnCodec> read(InputStream in) throws IOException {
		JsonNode root;
		try {
			root = MAPPER.readTree(in);
		} catch (JsonProcessingException e) {
			throw new IOException("this is not a saved data transformer: it is not JSON (" + e.getOriginalMessage()
					+ ")", e);
		}
		if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
			throw new IOException("this is not a saved data transformer: it has no \"format\": \"" + FORMAT + "\"");
		}
		JsonNode version = root.path("version");
		if (!version.isInt() || version.intValue() != VERSION) {
			throw new IOException(String.format(Locale.ROOT, "this data transformer was saved in format version %s; "
					+ "this Wearline reads version %d only: train the model again with this Wearline, or open it "
					+ "with the Wearline that saved it", version.isMissingNode() ? "(none)" : version.toString(),
					VERSION));
		}
		List<ColumnCodec> codecs = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root.path("columns")) {
			try {
				codecs.add(codec(node));
			} catch (RuntimeException e) {
				throw new IOException("the saved data transformer is damaged at column " + (index + 1) + " ('"
						+ node.path("name").asText("?") + "'): " + e.getMessage(), e);
			}
			index++;
		}
		return codecs;
	}

	private static ColumnCodec codec(JsonNode node) {
		Column column = new Column(text(node, "name"), ColumnType.valueOf(text(node, "type")),
				required(node, "nullable").asBoolean());
		String kind = text(node, "codec");
		return switch (kind) {
			case "continuous" -> {
				JsonNode range = required(node, "range");
				JsonNode modes = required(node, "modes");
				Mixture mixture = new Mixture(doubles(modes, "weights"), doubles(modes, "means"),
						doubles(modes, "stds"), doubles(modes, "offsets"), 0);
				yield new ContinuousCodec(column, mixture, new ValueBounds(range.path(0).asDouble(Double.NaN),
						range.path(1).asDouble(Double.NaN)), required(node, "indicator").asBoolean());
			}
			case "category" -> new CategoryCodec(column, Treatment.valueOf(text(node, "treatment")),
					levels(column.type(), required(node, "levels")), required(node, "missingSlot").asBoolean());
			case "fixed" -> {
				JsonNode counts = required(node, "counts");
				long[] values = new long[counts.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = counts.get(i).asLong();
				}
				yield new FixedCodec(column, levels(column.type(), required(node, "levels")), values,
						required(node, "indicator").asBoolean());
			}
			default -> throw new IllegalArgumentException("unknown codec '" + kind + "'");
		};
	}

	private static Levels levels(ColumnType type, JsonNode node) {
		return switch (type) {
			case STRING, CATEGORICAL -> new LabelLevels(type, texts(required(node, "labels")),
					texts(node.path("dictionary")));
			case BOOLEAN -> {
				JsonNode array = required(node, "booleans");
				boolean[] values = new boolean[array.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = array.get(i).asBoolean();
				}
				yield new BooleanLevels(values);
			}
			case DOUBLE -> new NumberLevels(type, doubles(node, "doubles"), new long[0]);
			case LONG, INT -> {
				JsonNode array = required(node, "longs");
				long[] values = new long[array.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = array.get(i).asLong();
				}
				yield new NumberLevels(type, new double[0], values);
			}
		};
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>(array.size());
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}

	private static double[] doubles(JsonNode node, String field) {
		JsonNode array = required(node, field);
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asDouble(Double.NaN);
		}
		return values;
	}

	private static String text(JsonNode node, String field) {
		return required(node, field).asText();
	}

	private static JsonNode required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("the field '" + field + "' is missing");
		}
		return value;
	}
}
