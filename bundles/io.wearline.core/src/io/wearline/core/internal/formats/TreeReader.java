package io.wearline.core.internal.formats;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.wearline.core.FormatCodes;
import io.wearline.core.internal.DocumentShape;
import io.wearline.core.internal.ElementNames;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.Scalar;
import io.wearline.core.internal.ScalarConversion;
import io.wearline.core.internal.SourceMap;
import io.wearline.dsl.NearestName;
import io.wearline.model.MachineProfile;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Reads one profile document from a JSON or YAML token stream into the model, guided by the model's classes
 * (see {@link DocumentShape}). It records the place of every element and field, reports every unknown field,
 * duplicate field and value of the wrong type, and goes on reading, so that one pass finds them all. Messages
 * that name an element are written after the whole document is read, when the element's id is known.
 */
final class TreeReader {
	/** Ends the reading of a hostile document at once. */
	static final class Refusal extends IOException {
		private static final long serialVersionUID = 1L;
		final String code;
		final transient Place place;

		Refusal(String code, Place place, String message) {
			super(message);
			this.code = code;
			this.place = place;
		}
	}

	private final JsonParser parser;
	private final Findings findings;
	private final SourceMap places;

	TreeReader(JsonParser parser, Findings findings, SourceMap places) {
		this.parser = parser;
		this.findings = findings;
		this.places = places;
	}

	/** The profile, or {@code null} when the document holds no object. */
	MachineProfile read() throws IOException {
		JsonToken first = next();
		if (first == null) {
			findings.error(Place.WHOLE_FILE, FormatCodes.SYNTAX,
					"The file is empty; a profile is an object with at least the fields 'id' and 'sensors'.");
			return null;
		}
		if (first != JsonToken.START_OBJECT) {
			findings.error(here(), FormatCodes.WRONG_TYPE, "expected an object with the machine's fields ('id',"
					+ " 'name', 'sensors', ...), found " + shown(first));
			return null;
		}
		MachineProfile profile = (MachineProfile) readObject(Literals.MACHINE_PROFILE);
		if (next() != null) {
			findings.error(here(), FormatCodes.SYNTAX,
					"more content after the end of the profile; a file holds one profile, remove the rest");
		}
		return profile;
	}

	private EObject readObject(EClass eClass) throws IOException {
		EObject element = EcoreUtil.create(eClass);
		places.element(element, here());
		Set<EStructuralFeature> seen = new HashSet<>();
		for (JsonToken token = next(); token == JsonToken.FIELD_NAME; token = next()) {
			String name = parser.currentName();
			Place at = here();
			JsonToken value = next();
			EStructuralFeature feature = DocumentShape.field(eClass, name);
			if (feature == null) {
				List<String> known = DocumentShape.fieldNames(eClass);
				findings.error(at, FormatCodes.UNKNOWN_FIELD, () -> "unknown field '" + name + "' in "
						+ ElementNames.of(element) + NearestName.suggestion(name, known));
				skipValue();
			} else if (!seen.add(feature)) {
				findings.error(at, FormatCodes.DUPLICATE_FIELD, () -> "field '" + name + "' is given twice in "
						+ ElementNames.of(element) + "; remove one of them");
				skipValue();
			} else if (value != JsonToken.VALUE_NULL) {
				places.feature(element, feature, at);
				readField(element, feature, value);
			}
		}
		return element;
	}

	private void readField(EObject element, EStructuralFeature feature, JsonToken value) throws IOException {
		if (feature instanceof EAttribute attribute) {
			if (attribute.isMany()) {
				readScalarList(element, attribute, value);
			} else {
				Object converted = readScalar(element, attribute, value);
				if (converted != null) {
					element.eSet(attribute, converted);
				}
			}
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			if (DocumentShape.isMap(reference)) {
				readMap(element, reference, value);
			} else if (reference.isMany()) {
				readObjectList(element, reference, value);
			} else if (expect(element, reference, value, JsonToken.START_OBJECT, "an object")) {
				element.eSet(reference, readObject(reference.getEReferenceType()));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void readObjectList(EObject element, EReference reference, JsonToken value) throws IOException {
		if (!expect(element, reference, value, JsonToken.START_ARRAY, "a list")) {
			return;
		}
		List<EObject> list = (List<EObject>) element.eGet(reference);
		for (JsonToken item = next(); item != JsonToken.END_ARRAY && item != null; item = next()) {
			if (item == JsonToken.START_OBJECT) {
				list.add(readObject(reference.getEReferenceType()));
			} else {
				Place at = here();
				String found = shown(item);
				findings.error(at, FormatCodes.WRONG_TYPE, () -> "expected an object for each item of '"
						+ reference.getName() + "' in " + ElementNames.of(element) + ", found " + found);
				skipValue();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void readMap(EObject element, EReference reference, JsonToken value) throws IOException {
		if (!expect(element, reference, value, JsonToken.START_OBJECT, "an object of names and numbers")) {
			return;
		}
		List<EObject> list = (List<EObject>) element.eGet(reference);
		EAttribute key = DocumentShape.mapKey(reference);
		EAttribute valueFeature = DocumentShape.mapValue(reference);
		for (JsonToken token = next(); token == JsonToken.FIELD_NAME; token = next()) {
			EObject entry = EcoreUtil.create(reference.getEReferenceType());
			entry.eSet(key, parser.currentName());
			places.feature(entry, key, here());
			list.add(entry);
			JsonToken item = next();
			places.feature(entry, valueFeature, here());
			Object converted = readScalar(entry, valueFeature, item);
			if (converted != null) {
				entry.eSet(valueFeature, converted);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void readScalarList(EObject element, EAttribute attribute, JsonToken value) throws IOException {
		if (!expect(element, attribute, value, JsonToken.START_ARRAY, "a list")) {
			return;
		}
		List<Object> list = (List<Object>) element.eGet(attribute);
		for (JsonToken item = next(); item != JsonToken.END_ARRAY && item != null; item = next()) {
			Object converted = readScalar(element, attribute, item);
			if (converted != null) {
				list.add(converted);
			}
		}
	}

	/** The value of the current scalar token in the attribute's type, or {@code null} after reporting why not. */
	private Object readScalar(EObject element, EAttribute attribute, JsonToken token) throws IOException {
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		Place at = here();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			String found = shown(token);
			findings.error(at, FormatCodes.WRONG_TYPE, () -> "expected " + ScalarConversion.expected(attribute)
					+ " for '" + attribute.getName() + "' in " + ElementNames.of(element) + ", found " + found);
			skipValue();
			return null;
		}
		Scalar scalar = switch (token) {
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Scalar.number(parser.getText(), parser.getNumberValue());
		case VALUE_TRUE, VALUE_FALSE -> Scalar.bool(token == JsonToken.VALUE_TRUE);
		default -> Scalar.text(parser.getText());
		};
		ScalarConversion.Result result = ScalarConversion.convert(attribute, scalar);
		if (result instanceof ScalarConversion.Refused refused) {
			findings.error(at, refused.code(),
					() -> refused.message(attribute.getName(), ElementNames.of(element), scalar));
			return null;
		}
		return ((ScalarConversion.Converted) result).value();
	}

	/** Whether the value starts what the feature needs; if not, reports it and skips the value. */
	private boolean expect(EObject element, EStructuralFeature feature, JsonToken value, JsonToken wanted,
			String what) throws IOException {
		if (value == wanted) {
			return true;
		}
		Place at = here();
		String found = shown(value);
		findings.error(at, FormatCodes.WRONG_TYPE, () -> "expected " + what + " for '" + feature.getName() + "' in "
				+ ElementNames.of(element) + ", found " + found);
		skipValue();
		return false;
	}

	/**
	 * Skips the value at the current token, token by token rather than with Jackson's skipChildren, so that
	 * aliases are refused in skipped values too.
	 */
	private void skipValue() throws IOException {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
			return;
		}
		int depth = 1;
		while (depth > 0) {
			JsonToken next = next();
			if (next == null) {
				return;
			}
			if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
				depth++;
			} else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
				depth--;
			}
		}
	}

	/** The next token; refuses YAML aliases, which no profile needs and which can expand without bound. */
	private JsonToken next() throws IOException {
		JsonToken token = parser.nextToken();
		if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
			throw new Refusal(FormatCodes.YAML_ALIAS, here(), "YAML alias '*" + parser.getText() + "' refused: a"
					+ " profile never needs anchors and aliases, and aliases can expand into billions of values (a"
					+ " 'billion laughs' attack); write the values out instead.");
		}
		return token;
	}

	private String shown(JsonToken token) throws IOException {
		return switch (token) {
		case START_OBJECT -> "an object";
		case START_ARRAY -> "a list";
		case VALUE_STRING -> Scalar.text(parser.getText()).shown();
		default -> parser.getText();
		};
	}

	private Place here() {
		return place(parser.currentTokenLocation());
	}

	static Place place(JsonLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return Place.WHOLE_FILE;
		}
		return Place.text(location.getLineNr(), Math.max(1, location.getColumnNr()));
	}
}
