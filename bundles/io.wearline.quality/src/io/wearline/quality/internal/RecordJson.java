package io.wearline.quality.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the report's records as JSON objects whose fields are the record components, in declaration order, so
 * that a figure added to a record appears in the file without a second list to keep in step. Doubles that are NaN
 * or infinite become null; enums their names.
 */
public final class RecordJson {
	private RecordJson() {
	}

	/** Writes the components of a record as fields of the object being written. */
	public static void fields(Record record, JsonGenerator json) throws IOException {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			json.writeFieldName(component.getName());
			value(read(component, record), json);
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
		}
	}

	private static void value(Object value, JsonGenerator json) throws IOException {
		switch (value) {
			case null -> json.writeNull();
			case Double number when !Double.isFinite(number) -> json.writeNull();
			case Double number -> json.writeNumber(number);
			case Integer number -> json.writeNumber(number);
			case Long number -> json.writeNumber(number);
			case Boolean flag -> json.writeBoolean(flag);
			case String text -> json.writeString(text);
			case Enum<?> constant -> json.writeString(constant.name());
			case Record nested -> {
				json.writeStartObject();
				fields(nested, json);
				json.writeEndObject();
			}
			case Collection<?> items -> {
				json.writeStartArray();
				for (Object item : items) {
					value(item, json);
				}
				json.writeEndArray();
			}
			case Map<?, ?> entries -> {
				json.writeStartObject();
				for (Map.Entry<?, ?> entry : new java.util.TreeMap<>(entries).entrySet()) {
					json.writeFieldName(String.valueOf(entry.getKey()));
					value(entry.getValue(), json);
				}
				json.writeEndObject();
			}
			default -> json.writeString(value.toString());
		}
	}
}
