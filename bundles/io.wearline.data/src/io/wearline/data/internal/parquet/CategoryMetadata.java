package io.wearline.data.internal.parquet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categorical columns of a file and their labels in dictionary order, kept in the footer's key-value metadata
 * under {@link #KEY} as a JSON object of column name to array of labels. Other tools ignore it and see text
 * columns; this bundle's reader restores the CATEGORICAL type and the codes of the writer's dictionary.
 */
public final class CategoryMetadata {
	/** The key-value metadata key. */
	public static final String KEY = "io.wearline.categories";
	private static final JsonFactory JSON = new JsonFactory();

	private CategoryMetadata() {
	}

	/** The JSON text of the columns' dictionaries. */
	static String write(Map<String, ? extends Iterable<String>> dictionaries) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = JSON.createGenerator(text)) {
			json.writeStartObject();
			for (Map.Entry<String, ? extends Iterable<String>> column : dictionaries.entrySet()) {
				json.writeArrayFieldStart(column.getKey());
				for (String label : column.getValue()) {
					json.writeString(label);
				}
				json.writeEndArray();
			}
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException("JSON into a string cannot fail", e);
		}
		return text.toString();
	}

	/** The dictionaries in this JSON text; empty for null. */
	static Map<String, List<String>> read(String text) throws IOException {
		Map<String, List<String>> dictionaries = new LinkedHashMap<>();
		if (text == null) {
			return dictionaries;
		}
		try (JsonParser json = JSON.createParser(text)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new IOException("the metadata " + KEY + " is not a JSON object");
			}
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String column = json.currentName();
				if (json.nextToken() != JsonToken.START_ARRAY) {
					throw new IOException("the labels of '" + column + "' in the metadata " + KEY + " are not an array");
				}
				List<String> labels = new ArrayList<>();
				while (json.nextToken() == JsonToken.VALUE_STRING) {
					labels.add(json.getText());
				}
				dictionaries.put(column, labels);
			}
		}
		return dictionaries;
	}
}
