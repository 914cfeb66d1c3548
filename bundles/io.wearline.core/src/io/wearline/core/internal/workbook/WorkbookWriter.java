package io.wearline.core.internal.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.wearline.core.internal.DocumentShape;
import io.wearline.core.internal.formats.FormatCodec;
import io.wearline.core.internal.workbook.WorkbookLayout.Column;
import io.wearline.core.internal.workbook.WorkbookLayout.Part;
import io.wearline.core.internal.workbook.WorkbookLayout.Table;
import io.wearline.model.MachineProfile;

/**
 * Writes a profile into an empty workbook in the {@link WorkbookLayout}: every sheet of a table even when it has
 * no rows, so that a user sees where to add them; Dataset and Training only when the profile has those parts.
 * Like JSON and YAML, every field that has a value is written, defaults included.
 */
final class WorkbookWriter {
	/** Whole numbers up to 2^53 are exact in a numeric cell; larger ones (seeds) are written as text. */
	private static final long LARGEST_EXACT = 1L << 53;
	private static final int KEY_WIDTH = 32;
	private static final int VALUE_WIDTH = 40;
	private static final int COLUMN_WIDTH = 18;

	private final Workbook workbook;
	private final CellStyle headerStyle;

	WorkbookWriter(Workbook workbook) {
		this.workbook = workbook;
		this.headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
	}

	void write(MachineProfile profile) {
		Sheet machine = keyValueSheet(WorkbookLayout.MACHINE);
		writeFields(machine, profile, "");
		for (EReference part : WorkbookLayout.MACHINE_PARTS) {
			EObject element = (EObject) profile.eGet(part);
			if (element != null) {
				writeFields(machine, element, part.getName() + ".");
			}
		}
		for (Table table : WorkbookLayout.TABLES) {
			writeTable(table, profile);
		}
		for (Part part : WorkbookLayout.PARTS) {
			EObject element = (EObject) profile.eGet(part.part());
			if (element != null) {
				writeFields(keyValueSheet(part.sheet()), element, "");
			}
		}
	}

	private Sheet keyValueSheet(String name) {
		Sheet sheet = workbook.createSheet(name);
		header(sheet.createRow(0), List.of(WorkbookLayout.FIELD_HEADER, WorkbookLayout.VALUE_HEADER));
		sheet.setColumnWidth(0, KEY_WIDTH * 256);
		sheet.setColumnWidth(1, VALUE_WIDTH * 256);
		return sheet;
	}

	/** One row per field that has a value; a map list as one row per entry ({@code prefix.parameters.rate}). */
	private void writeFields(Sheet sheet, EObject element, String prefix) {
		for (EStructuralFeature feature : DocumentShape.fields(element.eClass())) {
			if (feature instanceof EReference reference && DocumentShape.isMap(reference)) {
				for (Object item : (List<?>) element.eGet(reference)) {
					EObject entry = (EObject) item;
					Row row = nextRow(sheet);
					row.createCell(0).setCellValue(
							prefix + reference.getName() + "." + entry.eGet(DocumentShape.mapKey(reference)));
					set(row.createCell(1), entry, DocumentShape.mapValue(reference),
							entry.eGet(DocumentShape.mapValue(reference)));
				}
			} else if (feature instanceof EAttribute attribute) {
				writeField(sheet, element, attribute, prefix);
			}
		}
	}

	private void writeField(Sheet sheet, EObject element, EAttribute attribute, String prefix) {
		Object value = element.eGet(attribute);
		if (value == null || value instanceof List<?> list && list.isEmpty()) {
			return;
		}
		Row row = nextRow(sheet);
		row.createCell(0).setCellValue(prefix + attribute.getName());
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				set(row.createCell(1 + i), element, attribute, list.get(i));
			}
		} else {
			set(row.createCell(1), element, attribute, value);
		}
	}

	private void writeTable(Table table, MachineProfile profile) {
		Sheet sheet = workbook.createSheet(table.sheet());
		List<Column> columns = table.columns();
		header(sheet.createRow(0), columns.stream().map(Column::header).toList());
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
		}
		for (Object item : (List<?>) profile.eGet(table.rows())) {
			EObject element = (EObject) item;
			int rows = 1;
			for (EReference child : table.children()) {
				rows = Math.max(rows, ((List<?>) element.eGet(child)).size());
			}
			for (int i = 0; i < rows; i++) {
				Row row = nextRow(sheet);
				for (int c = 0; c < columns.size(); c++) {
					Column column = columns.get(c);
					EObject owner = owner(element, column.child(), i);
					if (owner != null && (column.child() != null || i == 0)) {
						Object value = owner.eGet(column.attribute());
						if (value != null) {
							set(row.createCell(c), owner, column.attribute(), value);
						}
					}
				}
			}
		}
	}

	/** The element a column of the i-th row of an element shows: the element itself, or its i-th sub-element. */
	private static EObject owner(EObject element, EReference child, int i) {
		if (child == null) {
			return element;
		}
		List<?> children = (List<?>) element.eGet(child);
		return i < children.size() ? (EObject) children.get(i) : null;
	}

	private void set(Cell cell, EObject element, EAttribute attribute, Object value) {
		if (value instanceof Double d) {
			if (!Double.isFinite(d)) {
				throw FormatCodec.notWritable(element, attribute.getName(), d, "XLSX");
			}
			cell.setCellValue(d);
		} else if (value instanceof Long l && (l > LARGEST_EXACT || l < -LARGEST_EXACT)) {
			cell.setCellValue(Long.toString(l));
		} else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		} else if (value instanceof Boolean b) {
			cell.setCellValue(b);
		} else if (value instanceof Enumerator literal) {
			cell.setCellValue(literal.getLiteral());
		} else {
			cell.setCellValue(String.valueOf(value));
		}
	}

	private void header(Row row, List<String> names) {
		for (int c = 0; c < names.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(names.get(c));
			cell.setCellStyle(headerStyle);
		}
	}

	private static Row nextRow(Sheet sheet) {
		return sheet.createRow(sheet.getLastRowNum() + 1);
	}
}
