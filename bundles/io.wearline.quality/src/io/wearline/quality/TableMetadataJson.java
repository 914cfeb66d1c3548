package io.wearline.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;
import io.wearline.data.Column;
import io.wearline.data.Schema;

/**
 * {@link TableMetadata} as SDV's metadata JSON: the single-table layout ({@code {"columns": {"c": {"sdtype":
 * "numerical"}}, "primary_key": "c", "METADATA_SPEC_VERSION": "SINGLE_TABLE_V1"}}), and on reading also the
 * multi-table wrapper ({@code {"tables": {"name": {...}}}}) when it holds one table, so that a file SDV wrote
 * ({@code metadata.save_to_json}) is read as it is. Fields SDV keeps beside the sdtype ({@code
 * computer_representation}, {@code datetime_format}, {@code pii}) are accepted and not used.
 */
public final class TableMetadataJson {
	/** The file written beside a report: the metadata the scores were made with. */
	public static final String FILE = "metadata.json";
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private static final String SDTYPES = "numerical, categorical, boolean, datetime, id or unknown";

	private TableMetadataJson() {
	}

	/**
	 * Reads a metadata file and checks it against the real table's columns.
	 *
	 * @param file the file
	 * @param real the schema of the real table; the metadata may name only its columns, and numbers only numeric ones
	 * @return the metadata; its columns in the real table's order
	 * @throws IOException when the file cannot be read, is not JSON (the message gives its line and column), or does
	 *         not fit the table; the message names the file, the column and what to write instead
	 */
	public static TableMetadata read(Path file, Schema real) throws IOException {
		JsonNode root;
		try {
			root = MAPPER.readTree(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			throw new NoSuchFileException(file.toString(), null, "the metadata file does not exist");
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new IOException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
					+ ": not JSON: " + e.getOriginalMessage() + "; write SDV's metadata JSON, e.g. {\"columns\":"
					+ " {\"temp\": {\"sdtype\": \"numerical\"}}}", e);
		}
		try {
			return parse(single(root), real, file);
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	private static JsonNode single(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("the metadata is not a JSON object; write {\"columns\": {...}}");
		}
		JsonNode tables = root.get("tables");
		if (tables == null) {
			return root;
		}
		List<String> names = new ArrayList<>();
		tables.fieldNames().forEachRemaining(names::add);
		if (!tables.isObject() || names.size() != 1) {
			throw new IllegalArgumentException("the metadata describes " + names.size() + " tables " + names
					+ "; score reads one table: keep only the real table's entry under \"tables\"");
		}
		return tables.get(names.get(0));
	}

	private static TableMetadata parse(JsonNode table, Schema real, Path file) {
		JsonNode columns = table.get("columns");
		if (columns == null || !columns.isObject()) {
			throw new IllegalArgumentException("the metadata has no \"columns\" object; write {\"columns\": {\"name\":"
					+ " {\"sdtype\": \"numerical\"}, ...}}");
		}
		Map<String, ColumnKind> named = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : columns.properties()) {
			String name = entry.getKey();
			if (real.indexOf(name) < 0) {
				throw new IllegalArgumentException("column '" + name + "' is not in the real table; its columns are "
						+ real.columns().stream().map(Column::name).toList() + ". Remove it or fix its name");
			}
			JsonNode sdtype = entry.getValue().get("sdtype");
			ColumnKind kind = sdtype == null || !sdtype.isTextual() ? null
					: sdtype.asText().equals("unknown") ? ColumnKind.TEXT : ColumnKind.ofSdtype(sdtype.asText());
			if (kind == null) {
				throw new IllegalArgumentException("column '" + name + "' has the sdtype " + (sdtype == null ? "(none)"
						: sdtype.toString()) + "; write \"sdtype\" as one of " + SDTYPES);
			}
			if ((kind == ColumnKind.NUMERICAL || kind == ColumnKind.DATETIME) && !real.column(name).type().isNumeric()) {
				throw new IllegalArgumentException("column '" + name + "' is " + kind.sdtype() + " in the metadata but"
						+ " holds " + real.column(name).type() + " values in the real table; make it categorical, id or"
						+ " unknown");
			}
			named.put(name, kind);
		}
		Map<String, ColumnKind> ordered = new LinkedHashMap<>();
		for (Column column : real.columns()) {
			if (named.containsKey(column.name())) {
				ordered.put(column.name(), named.get(column.name()));
			}
		}
		JsonNode key = table.get("primary_key");
		String primaryKey = key == null || key.isNull() ? null : key.asText();
		if (primaryKey != null && !ordered.containsKey(primaryKey)) {
			throw new IllegalArgumentException("the primary key '" + primaryKey + "' is not one of the columns the"
					+ " metadata names; name it under \"columns\" with \"sdtype\": \"id\"");
		}
		return new TableMetadata(ordered, primaryKey, "read from " + file);
	}

	/**
	 * Writes metadata as SDV's single-table metadata JSON, replacing the file atomically: SDV's
	 * {@code SingleTableMetadata.load_from_json} and {@link #read} read it back.
	 *
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	public static void write(TableMetadata metadata, Path file) throws IOException {
		AtomicFile.write(file, MAPPER.writeValueAsBytes(toJson(metadata)));
	}

	/** The metadata as SDV's single-table JSON object. */
	public static ObjectNode toJson(TableMetadata metadata) {
		ObjectNode root = MAPPER.createObjectNode();
		if (metadata.primaryKey() != null) {
			root.put("primary_key", metadata.primaryKey());
		}
		ObjectNode columns = root.putObject("columns");
		metadata.columns().forEach((name, kind) -> columns.putObject(name).put("sdtype", kind.sdtype()));
		root.put("METADATA_SPEC_VERSION", "SINGLE_TABLE_V1");
		return root;
	}
}
