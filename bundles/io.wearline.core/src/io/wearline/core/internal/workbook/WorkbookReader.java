package io.wearline.core.internal.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.core.FormatCodes;
import io.wearline.core.internal.DocumentShape;
import io.wearline.core.internal.ElementNames;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.NearestWord;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.Scalar;
import io.wearline.core.internal.ScalarConversion;
import io.wearline.core.internal.SourceMap;
import io.wearline.core.internal.workbook.WorkbookLayout.Column;
import io.wearline.core.internal.workbook.WorkbookLayout.Part;
import io.wearline.core.internal.workbook.WorkbookLayout.Table;
import io.wearline.model.MachineProfile;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Reads a profile from an open workbook in the {@link WorkbookLayout}, recording the cell of every element and
 * field and reporting every unknown sheet, column or field, wrong value and conflicting row by its cell.
 */
final class WorkbookReader {
	private final Workbook workbook;
	private final Findings findings;
	private final SourceMap places;

	WorkbookReader(Workbook workbook, Findings findings, SourceMap places) {
		this.workbook = workbook;
		this.findings = findings;
		this.places = places;
	}

	MachineProfile read() {
		reportUnknownSheets();
		Sheet machine = workbook.getSheet(WorkbookLayout.MACHINE);
		if (machine == null) {
			findings.error(Place.WHOLE_FILE, FormatCodes.MISSING_SHEET, "The workbook has no sheet '"
					+ WorkbookLayout.MACHINE + "' with the machine's id and name; a profile workbook has the sheets "
					+ String.join(", ", WorkbookLayout.SHEETS) + " (write a profile as XLSX to get a template).");
			return null;
		}
		MachineProfile profile = (MachineProfile) EcoreUtil.create(Literals.MACHINE_PROFILE);
		places.element(profile, cell(machine, 0, 0));
		readKeyValues(machine, profile, WorkbookLayout.MACHINE_PARTS);
		for (Table table : WorkbookLayout.TABLES) {
			Sheet sheet = workbook.getSheet(table.sheet());
			if (sheet != null) {
				readTable(table, sheet, profile);
			}
		}
		for (Part part : WorkbookLayout.PARTS) {
			Sheet sheet = workbook.getSheet(part.sheet());
			if (sheet != null) {
				EObject element = EcoreUtil.create(part.part().getEReferenceType());
				places.element(element, cell(sheet, 0, 0));
				profile.eSet(part.part(), element);
				readKeyValues(sheet, element, List.of());
			}
		}
		return profile;
	}

	private void reportUnknownSheets() {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			String name = workbook.getSheetName(i);
			if (WorkbookLayout.SHEETS.stream().noneMatch(name::equalsIgnoreCase)) {
				findings.warning(cell(workbook.getSheetAt(i), 0, 0), FormatCodes.UNKNOWN_SHEET, "sheet '" + name
						+ "' is not part of a profile and is ignored" + NearestWord.suggestion(name, WorkbookLayout.SHEETS));
			}
		}
	}

	// ---- key/value sheets

	private record Target(EObject element, EAttribute attribute) {
	}

	private void readKeyValues(Sheet sheet, EObject holder, List<EReference> parts) {
		Set<String> seen = new HashSet<>();
		for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String key = Cells.text(row, 0);
			if (key == null) {
				if (row != null && Cells.scalar(row, 1) != null) {
					findings.error(cell(sheet, r, 0), FormatCodes.UNKNOWN_FIELD, "a value without a field name;"
							+ " write the field in column A, e.g. '" + knownKeys(holder, parts).get(0) + "'");
				}
				continue;
			}
			if (r == sheet.getFirstRowNum() && key.equalsIgnoreCase(WorkbookLayout.FIELD_HEADER)) {
				continue;
			}
			Place keyPlace = cell(sheet, r, 0);
			if (!seen.add(key)) {
				findings.error(keyPlace, FormatCodes.DUPLICATE_FIELD, "field '" + key + "' is given twice in the "
						+ sheet.getSheetName() + " sheet; remove one of the rows");
				continue;
			}
			Target target = resolve(holder, parts, key, keyPlace);
			if (target == null) {
				List<String> known = knownKeys(holder, parts);
				findings.error(keyPlace, FormatCodes.UNKNOWN_FIELD, "unknown field '" + key + "' in the "
						+ sheet.getSheetName() + " sheet" + NearestWord.suggestion(key, known));
				continue;
			}
			readValues(sheet, row, target);
		}
	}

	private void readValues(Sheet sheet, Row row, Target target) {
		EAttribute attribute = target.attribute();
		places.feature(target.element(), attribute, cell(sheet, row.getRowNum(), 1));
		int last = attribute.isMany() ? Math.max(2, row.getLastCellNum()) : 2;
		for (int c = 1; c < last; c++) {
			Scalar value = Cells.scalar(row, c);
			if (value != null) {
				set(target.element(), attribute, value, cell(sheet, row.getRowNum(), c));
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
		places.feature(entry, DocumentShape.mapKey(reference), keyPlace);
		((List<EObject>) partOf(holder, partFeature, keyPlace).eGet(reference)).add(entry);
		return new Target(entry, DocumentShape.mapValue(reference));
	}

	private EObject partOf(EObject holder, EReference partFeature, Place firstPlace) {
		EObject part = (EObject) holder.eGet(partFeature);
		if (part == null) {
			part = EcoreUtil.create(partFeature.getEReferenceType());
			places.element(part, firstPlace);
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

	// ---- tables

	private void readTable(Table table, Sheet sheet, MachineProfile profile) {
		Row header = sheet.getRow(Math.max(0, sheet.getFirstRowNum()));
		if (header == null) {
			return;
		}
		Map<Integer, Column> columns = columns(table, sheet, header);
		@SuppressWarnings("unchecked")
		List<EObject> elements = (List<EObject>) profile.eGet(table.rows());
		EObject current = null;
		Set<EAttribute> given = new HashSet<>();
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<Column, Scalar> cells = new LinkedHashMap<>();
			Map<Column, Integer> at = new LinkedHashMap<>();
			columns.forEach((c, column) -> {
				Scalar value = Cells.scalar(row, c);
				if (value != null) {
					cells.put(column, value);
					at.put(column, c);
				}
			});
			if (cells.isEmpty()) {
				continue;
			}
			if (table.children().isEmpty() || current == null || !continues(current, cells)) {
				current = EcoreUtil.create(table.rows().getEReferenceType());
				elements.add(current);
				places.element(current, cell(sheet, r, at.values().iterator().next()));
				given.clear();
			}
			readOwnCells(sheet, r, current, cells, at, given);
			for (EReference child : table.children()) {
				readChild(sheet, r, current, child, cells, at);
			}
		}
	}

	private Map<Integer, Column> columns(Table table, Sheet sheet, Row header) {
		Map<String, Column> known = new LinkedHashMap<>();
		table.columns().forEach(c -> known.put(c.header(), c));
		Map<Integer, Column> columns = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int c = 0; c < header.getLastCellNum(); c++) {
			String name = Cells.text(header, c);
			if (name == null) {
				continue;
			}
			Column column = known.get(name);
			Place place = cell(sheet, header.getRowNum(), c);
			if (column == null) {
				findings.error(place, FormatCodes.UNKNOWN_FIELD, "unknown column '" + name + "' in the "
						+ sheet.getSheetName() + " sheet" + NearestWord.suggestion(name, known.keySet()));
			} else if (!seen.add(name)) {
				findings.error(place, FormatCodes.DUPLICATE_FIELD, "column '" + name + "' is given twice in the "
						+ sheet.getSheetName() + " sheet; remove one of them");
			} else {
				columns.put(c, column);
			}
		}
		return columns;
	}

	/** Whether a row continues the element above: its key is blank or the same. */
	private static boolean continues(EObject current, Map<Column, Scalar> cells) {
		EAttribute key = ElementNames.idFeature(current.eClass());
		Scalar keyCell = cells.entrySet().stream().filter(e -> e.getKey().child() == null && e.getKey().attribute() == key)
				.map(Map.Entry::getValue).findFirst().orElse(null);
		return keyCell == null || keyCell.text().strip().equals(current.eGet(key));
	}

	private void readOwnCells(Sheet sheet, int r, EObject element, Map<Column, Scalar> cells, Map<Column, Integer> at,
			Set<EAttribute> given) {
		for (Map.Entry<Column, Scalar> entry : cells.entrySet()) {
			if (entry.getKey().child() != null) {
				continue;
			}
			EAttribute attribute = entry.getKey().attribute();
			Place place = cell(sheet, r, at.get(entry.getKey()));
			if (given.add(attribute)) {
				set(element, attribute, entry.getValue(), place);
			} else {
				checkRepeated(element, attribute, entry.getValue(), place);
			}
		}
	}

	/** A field of a regime or mode given again on a following row must say the same. */
	private void checkRepeated(EObject element, EAttribute attribute, Scalar value, Place place) {
		if (ScalarConversion.convert(attribute, value) instanceof ScalarConversion.Converted converted
				&& Objects.equals(converted.value(), element.eGet(attribute))) {
			return;
		}
		Object before = element.eGet(attribute);
		findings.error(place, FormatCodes.CONFLICTING_ROWS, () -> ElementNames.of(element) + " has " + attribute.getName()
				+ " " + before + " on an earlier row and " + value.shown() + " here; give " + attribute.getName()
				+ " once, on the first row, and leave it blank (or the same) on the following rows");
	}

	@SuppressWarnings("unchecked")
	private void readChild(Sheet sheet, int r, EObject element, EReference child, Map<Column, Scalar> cells,
			Map<Column, Integer> at) {
		EObject part = null;
		for (Map.Entry<Column, Scalar> entry : cells.entrySet()) {
			if (entry.getKey().child() != child) {
				continue;
			}
			Place place = cell(sheet, r, at.get(entry.getKey()));
			if (part == null) {
				part = EcoreUtil.create(child.getEReferenceType());
				places.element(part, place);
				((List<EObject>) element.eGet(child)).add(part);
			}
			set(part, entry.getKey().attribute(), entry.getValue(), place);
		}
	}

	// ---- values

	@SuppressWarnings("unchecked")
	private void set(EObject element, EAttribute attribute, Scalar value, Place place) {
		places.feature(element, attribute, place);
		ScalarConversion.Result result = ScalarConversion.convert(attribute, value);
		if (result instanceof ScalarConversion.Refused refused) {
			findings.error(place, refused.code(),
					() -> refused.message(attribute.getName(), ElementNames.of(element), value));
		} else if (attribute.isMany()) {
			((List<Object>) element.eGet(attribute)).add(((ScalarConversion.Converted) result).value());
		} else {
			element.eSet(attribute, ((ScalarConversion.Converted) result).value());
		}
	}

	private static Place cell(Sheet sheet, int row, int column) {
		return Place.cell(WorkbookLayout.index(sheet.getSheetName()), sheet.getSheetName(), row, column);
	}
}
