package io.wearline.data.internal.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.internal.CellTable;
import io.wearline.data.internal.FileChecks;
import io.wearline.data.internal.TextInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON Lines file: one flat JSON object per line, keys are columns (in the order first seen), values are
 * numbers, booleans, strings or null. A key absent from a line is a missing value there; blank lines are skipped.
 * A column whose values are all JSON strings is text even when they look like numbers.
 */
public final class JsonLinesTableReader implements TableReader {
	private static final String WHAT = "a JSON Lines file needs one JSON object per line";
	private final JsonFactory json = new JsonFactory();

	@Override
	public String format() {
		return "jsonl";
	}

	@Override
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		FileChecks.beforeReading(file, options.maxFileBytes(), WHAT);
		CellTable cells = new CellTable(file, 0, options, List.of());
		Map<String, Integer> columns = new HashMap<>();
		int rows = 0;
		try (BufferedReader text = TextInput.open(file, options.maxFileBytes())) {
			String line;
			long number = 0;
			while ((line = text.readLine()) != null) {
				number++;
				if (!line.isBlank()) {
					readObject(file, number, line, cells, columns, rows++);
				}
			}
		} catch (CharacterCodingException e) {
			throw new TableReadException(file, 0, null, "the file is not UTF-8 text; save it as UTF-8", e);
		} catch (TableReadException e) {
			throw e;
		} catch (IOException e) {
			throw new TableReadException(file, 0, null, "the file cannot be read: " + e.getMessage(), e);
		}
		if (rows == 0) {
			throw FileChecks.empty(file, WHAT);
		}
		return cells.toTable(true);
	}

	private void readObject(Path file, long line, String text, CellTable cells, Map<String, Integer> columns,
			int row) throws TableReadException {
		String[] values = new String[cells.names().size()];
		try (JsonParser parser = json.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new TableReadException(file, line, null, "the line is not a JSON object; write one {...} per"
						+ " line");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				JsonToken token = parser.nextToken();
				Integer index = columns.get(key);
				if (index == null) {
					index = cells.addColumn(key, row);
					columns.put(key, index);
					values = java.util.Arrays.copyOf(values, cells.names().size());
				}
				if (values[index] != null) {
					throw new TableReadException(file, line, key, "the key appears twice in this object; keep one");
				}
				values[index] = scalar(file, line, key, token, parser, cells, index);
			}
			if (parser.nextToken() != null) {
				throw new TableReadException(file, line, null, "there is more after the object; write one object per"
						+ " line");
			}
		} catch (TableReadException e) {
			throw e;
		} catch (JsonProcessingException e) {
			throw new TableReadException(file, line, null, "the line is not valid JSON: "
					+ e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new TableReadException(file, line, null, "the line cannot be read: " + e.getMessage(), e);
		}
		for (int c = 0; c < values.length; c++) {
			cells.column(c).add(values[c], line);
		}
	}

	/** The text of a value; marks the column as having unquoted values; null is kept as an empty cell. */
	private static String scalar(Path file, long line, String key, JsonToken token, JsonParser parser,
			CellTable cells, int index) throws IOException {
		return switch (token) {
			case VALUE_STRING -> parser.getText();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
				cells.markUnquoted(index);
				yield parser.getText();
			}
			case VALUE_NULL -> "";
			default -> throw new TableReadException(file, line, key, "the value is " + (token == JsonToken.START_ARRAY
					? "an array" : "an object") + "; a table needs numbers, booleans, strings or null: flatten the " + (token == JsonToken.START_ARRAY ? "array"
					: "object"));
		};
	}
}
