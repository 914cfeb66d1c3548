package io.wearline.core.internal.workbook;

import static io.wearline.core.internal.workbook.CellReading.cell;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.core.FormatCodes;
import io.wearline.core.internal.ElementNames;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.Scalar;
import io.wearline.core.internal.ScalarConversion;
import io.wearline.core.internal.workbook.WorkbookLayout.Column;
import io.wearline.core.internal.workbook.WorkbookLayout.Table;
import io.wearline.dsl.NearestName;

/**
 * Reads a table sheet: a header row of field names, then one row per element (Sensors, Parameters) or per element
 * and sub-element (Regimes, FailureModes). In the latter, a row whose key (name, id) is blank or repeats the one
 * above continues that element; the element's own fields given again must say the same.
 */
final class TableSheetReader {
	private final CellReading reading;

	TableSheetReader(CellReading reading) {
		this.reading = reading;
	}

	/** One row's non-blank cells of known columns, with their column indexes. */
	private record RowCells(Map<Column, Scalar> values, Map<Column, Integer> columns) {
		boolean isEmpty() {
			return values.isEmpty();
		}
	}

	void read(Table table, Sheet sheet, EObject profile) {
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
			RowCells cells = cells(sheet.getRow(r), columns);
			if (cells.isEmpty()) {
				continue;
			}
			if (table.children().isEmpty() || current == null || !continues(current, cells)) {
				current = EcoreUtil.create(table.rows().getEReferenceType());
				elements.add(current);
				reading.places.element(current, cell(sheet, r, cells.columns().values().iterator().next()));
				given.clear();
			}
			readOwnCells(sheet, r, current, cells, given);
			for (EReference child : table.children()) {
				readChild(sheet, r, current, child, cells);
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
				reading.findings.error(place, FormatCodes.UNKNOWN_FIELD, "unknown column '" + name + "' in the "
						+ sheet.getSheetName() + " sheet" + NearestName.suggestion(name, known.keySet()));
			} else if (!seen.add(name)) {
				reading.findings.error(place, FormatCodes.DUPLICATE_FIELD, "column '" + name + "' is given twice in"
						+ " the " + sheet.getSheetName() + " sheet; remove one of them");
			} else {
				columns.put(c, column);
			}
		}
		return columns;
	}

	private static RowCells cells(Row row, Map<Integer, Column> columns) {
		Map<Column, Scalar> values = new LinkedHashMap<>();
		Map<Column, Integer> at = new LinkedHashMap<>();
		columns.forEach((c, column) -> {
			Scalar value = Cells.scalar(row, c);
			if (value != null) {
				values.put(column, value);
				at.put(column, c);
			}
		});
		return new RowCells(values, at);
	}

	/** Whether a row continues the element above: its key is blank or the same. */
	private static boolean continues(EObject current, RowCells cells) {
		EAttribute key = ElementNames.idFeature(current.eClass());
		Scalar keyCell = cells.values().entrySet().stream()
				.filter(e -> e.getKey().child() == null && e.getKey().attribute() == key).map(Map.Entry::getValue)
				.findFirst().orElse(null);
		return keyCell == null || keyCell.text().strip().equals(current.eGet(key));
	}

	private void readOwnCells(Sheet sheet, int r, EObject element, RowCells cells, Set<EAttribute> given) {
		cells.values().forEach((column, value) -> {
			if (column.child() == null) {
				Place place = cell(sheet, r, cells.columns().get(column));
				if (given.add(column.attribute())) {
					reading.set(element, column.attribute(), value, place);
				} else {
					checkRepeated(element, column.attribute(), value, place);
				}
			}
		});
	}

	/** A field of a regime or mode given again on a following row must say the same. */
	private void checkRepeated(EObject element, EAttribute attribute, Scalar value, Place place) {
		if (ScalarConversion.convert(attribute, value) instanceof ScalarConversion.Converted converted
				&& Objects.equals(converted.value(), element.eGet(attribute))) {
			return;
		}
		Object before = element.eGet(attribute);
		reading.findings.error(place, FormatCodes.CONFLICTING_ROWS, () -> ElementNames.of(element) + " has "
				+ attribute.getName() + " " + before + " on an earlier row and " + value.shown() + " here; give "
				+ attribute.getName() + " once, on the first row, and leave it blank (or the same) on the following rows");
	}

	@SuppressWarnings("unchecked")
	private void readChild(Sheet sheet, int r, EObject element, EReference child, RowCells cells) {
		EObject part = null;
		for (Map.Entry<Column, Scalar> entry : cells.values().entrySet()) {
			if (entry.getKey().child() != child) {
				continue;
			}
			Place place = cell(sheet, r, cells.columns().get(entry.getKey()));
			if (part == null) {
				part = EcoreUtil.create(child.getEReferenceType());
				reading.places.element(part, place);
				((List<EObject>) element.eGet(child)).add(part);
			}
			reading.set(part, entry.getKey().attribute(), entry.getValue(), place);
		}
	}
}
