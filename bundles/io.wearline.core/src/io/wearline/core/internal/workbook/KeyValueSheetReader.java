package io.wearline.core.internal.workbook;

import static io.wearline.core.internal.workbook.CellReading.cell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.core.FormatCodes;
import io.wearline.core.internal.DocumentShape;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.Scalar;
import io.wearline.dsl.NearestName;

/**
 * Reads a key/value sheet (Machine, Dataset, Training): column A names a field, column B holds its value (a list
 * holds one item per cell from B on). Fields of parts are dotted ({@code degradation.law}); the entries of a map
 * list are dotted once more ({@code degradation.parameters.rate}).
 */
final class KeyValueSheetReader {
	private record Target(EObject element, EAttribute attribute) {
	}

	private final CellReading reading;

	KeyValueSheetReader(CellReading reading) {
		this.reading = reading;
	}

	/**
	 * @param holder the element whose fields the sheet holds
	 * @param parts the single-element parts of the holder whose fields the sheet holds as dotted fields
	 */
	void read(Sheet sheet, EObject holder, List<EReference> parts) {
		Set<String> seen = new HashSet<>();
		for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String key = Cells.text(row, 0);
			if (key == null) {
				if (row != null && Cells.scalar(row, 1) != null) {
					reading.findings.error(cell(sheet, r, 0), FormatCodes.UNKNOWN_FIELD, "a value without a field"
							+ " name; write the field in column A, e.g. '" + knownKeys(holder, parts).get(0) + "'");
				}
				continue;
			}
			if (r == sheet.getFirstRowNum() && key.equalsIgnoreCase(WorkbookLayout.FIELD_HEADER)) {
				continue;
			}
			Place keyPlace = cell(sheet, r, 0);
			if (!seen.add(key)) {
				reading.findings.error(keyPlace, FormatCodes.DUPLICATE_FIELD, "field '" + key + "' is given twice in"
						+ " the " + sheet.getSheetName() + " sheet; remove one of the rows");
				continue;
			}
			Target target = resolve(holder, parts, key, keyPlace);
			if (target == null) {
				reading.findings.error(keyPlace, FormatCodes.UNKNOWN_FIELD, "unknown field '" + key + "' in the "
						+ sheet.getSheetName() + " sheet" + NearestName.suggestion(key, knownKeys(holder, parts)));
				continue;
			}
			readValues(sheet, row, target);
		}
	}

	private void readValues(Sheet sheet, Row row, Target target) {
		EAttribute attribute = target.attribute();
		reading.places.feature(target.element(), attribute, cell(sheet, row.getRowNum(), 1));
		int end = attribute.isMany() ? Math.max(2, row.getLastCellNum()) : 2;
		for (int c = 1; c < end; c++) {
			Scalar value = Cells.scalar(row, c);
			if (value != null) {
				reading.set(target.element(), attribute, value, cell(sheet, row.getRowNum(), c));
			}
		}
	}

	/** The element and attribute a key names, creating the part it belongs to; {@code null} if none. */
	@SuppressWarnings("unchecked")
	private Target resolve(EObject holder, List<EReference> parts, String key, Place keyPlace) {
		String[] segments = key.split("\\.", -1);
		if (segments.length == 1) {
			EAttribute attribute = attribute(holder.eClass(), segments[0]);
			return attribute == null ? null : new Target(holder, attribute);
		}
		EReference partFeature = parts.stream().filter(p -> p.getName().equals(segments[0])).findFirst().orElse(null);
		if (partFeature == null || segments.length > 3) {
			return null;
		}
		if (segments.length == 2) {
			EAttribute attribute = attribute(partFeature.getEReferenceType(), segments[1]);
			return attribute == null ? null : new Target(partOf(holder, partFeature, keyPlace), attribute);
		}
		EStructuralFeature map = DocumentShape.field(partFeature.getEReferenceType(), segments[1]);
		if (!(map instanceof EReference reference) || !DocumentShape.isMap(reference)) {
			return null;
		}
		EObject entry = EcoreUtil.create(reference.getEReferenceType());
		entry.eSet(DocumentShape.mapKey(reference), segments[2]);
		reading.places.feature(entry, DocumentShape.mapKey(reference), keyPlace);
		((List<EObject>) partOf(holder, partFeature, keyPlace).eGet(reference)).add(entry);
		return new Target(entry, DocumentShape.mapValue(reference));
	}

	private EObject partOf(EObject holder, EReference partFeature, Place firstPlace) {
		EObject part = (EObject) holder.eGet(partFeature);
		if (part == null) {
			part = EcoreUtil.create(partFeature.getEReferenceType());
			reading.places.element(part, firstPlace);
			holder.eSet(partFeature, part);
		}
		return part;
	}

	private static EAttribute attribute(EClass eClass, String name) {
		return DocumentShape.field(eClass, name) instanceof EAttribute attribute ? attribute : null;
	}

	/** The fields a key/value sheet knows, for hints: its holder's, and the dotted fields of its parts. */
	private static List<String> knownKeys(EObject holder, List<EReference> parts) {
		List<String> keys = new ArrayList<>();
		WorkbookLayout.attributes(holder.eClass()).forEach(a -> keys.add(a.getName()));
		for (EReference part : parts) {
			for (EStructuralFeature feature : DocumentShape.fields(part.getEReferenceType())) {
				keys.add(part.getName() + "." + feature.getName() + (feature.isMany() ? ".<name>" : ""));
			}
		}
		return keys;
	}
}
