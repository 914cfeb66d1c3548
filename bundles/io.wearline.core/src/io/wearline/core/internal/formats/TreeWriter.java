package io.wearline.core.internal.formats;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonGenerator;

import io.wearline.core.internal.DocumentShape;
import io.wearline.dsl.conversion.NumberText;

/**
 * Writes a profile as a JSON or YAML document in the {@link DocumentShape}. Every field that has a value is
 * written, defaults included, so a document shows all of a profile's settings; absent text, empty lists and
 * missing parts are left out. Numbers are written as the profile language writes them ({@code 1480},
 * {@code 0.00001}).
 */
final class TreeWriter {
	private final JsonGenerator generator;
	private final String formatName;

	TreeWriter(JsonGenerator generator, String formatName) {
		this.generator = generator;
		this.formatName = formatName;
	}

	void write(EObject element) throws IOException {
		generator.writeStartObject();
		for (EStructuralFeature feature : DocumentShape.fields(element.eClass())) {
			Object value = element.eGet(feature);
			if (value == null || value instanceof List<?> list && list.isEmpty()) {
				continue;
			}
			generator.writeFieldName(feature.getName());
			if (feature instanceof EReference reference && DocumentShape.isMap(reference)) {
				writeMap(reference, (List<?>) value);
			} else if (feature.isMany()) {
				generator.writeStartArray();
				for (Object item : (List<?>) value) {
					writeValue(element, feature, item);
				}
				generator.writeEndArray();
			} else {
				writeValue(element, feature, value);
			}
		}
		generator.writeEndObject();
	}

	private void writeMap(EReference reference, List<?> entries) throws IOException {
		EAttribute key = DocumentShape.mapKey(reference);
		EAttribute value = DocumentShape.mapValue(reference);
		generator.writeStartObject();
		for (Object item : entries) {
			EObject entry = (EObject) item;
			generator.writeFieldName(String.valueOf(entry.eGet(key)));
			writeValue(entry, value, entry.eGet(value));
		}
		generator.writeEndObject();
	}

	private void writeValue(EObject element, EStructuralFeature feature, Object value) throws IOException {
		if (value == null) {
			generator.writeNull();
		} else if (value instanceof EObject child) {
			write(child);
		} else if (value instanceof Double d) {
			if (!Double.isFinite(d)) {
				throw FormatCodec.notWritable(element, feature.getName(), d, formatName);
			}
			generator.writeNumber(NumberText.of(d));
		} else if (value instanceof Float f) {
			generator.writeNumber(NumberText.of(f));
		} else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			generator.writeNumber(((Number) value).longValue());
		} else if (value instanceof Boolean b) {
			generator.writeBoolean(b);
		} else if (value instanceof Enumerator literal) {
			generator.writeString(literal.getLiteral());
		} else {
			generator.writeString(value.toString());
		}
	}
}
