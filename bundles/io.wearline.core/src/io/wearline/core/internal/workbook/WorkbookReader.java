package io.wearline.core.internal.workbook;

import static io.wearline.core.internal.workbook.CellReading.cell;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.core.FormatCodes;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.SourceMap;
import io.wearline.core.internal.workbook.WorkbookLayout.Part;
import io.wearline.core.internal.workbook.WorkbookLayout.Table;
import io.wearline.dsl.NearestName;
import io.wearline.model.MachineProfile;
import io.wearline.model.WearlinePackage.Literals;

/**
 * Reads a profile from an open workbook in the {@link WorkbookLayout}, sheet by sheet, recording the cell of every
 * element and field and reporting every unknown sheet, column or field, wrong value and conflicting row by its
 * cell. Sheet names are matched ignoring case, as spreadsheet programs do.
 */
final class WorkbookReader {
	private final Workbook workbook;
	private final CellReading reading;

	WorkbookReader(Workbook workbook, Findings findings, SourceMap places) {
		this.workbook = workbook;
		this.reading = new CellReading(findings, places);
	}

	MachineProfile read() {
		reportUnknownSheets();
		Sheet machine = workbook.getSheet(WorkbookLayout.MACHINE);
		if (machine == null) {
			reading.findings.error(Place.WHOLE_FILE, FormatCodes.MISSING_SHEET, "The workbook has no sheet '"
					+ WorkbookLayout.MACHINE + "' with the machine's id and name; a profile workbook has the sheets "
					+ String.join(", ", WorkbookLayout.SHEETS) + " (write a profile as XLSX to get a template).");
			return null;
		}
		MachineProfile profile = (MachineProfile) EcoreUtil.create(Literals.MACHINE_PROFILE);
		reading.places.element(profile, cell(machine, 0, 0));
		KeyValueSheetReader keyValues = new KeyValueSheetReader(reading);
		keyValues.read(machine, profile, WorkbookLayout.MACHINE_PARTS);
		TableSheetReader tables = new TableSheetReader(reading);
		for (Table table : WorkbookLayout.TABLES) {
			Sheet sheet = workbook.getSheet(table.sheet());
			if (sheet != null) {
				tables.read(table, sheet, profile);
			}
		}
		for (Part part : WorkbookLayout.PARTS) {
			Sheet sheet = workbook.getSheet(part.sheet());
			if (sheet != null) {
				EObject element = EcoreUtil.create(part.part().getEReferenceType());
				reading.places.element(element, cell(sheet, 0, 0));
				profile.eSet(part.part(), element);
				keyValues.read(sheet, element, List.of());
			}
		}
		return profile;
	}

	private void reportUnknownSheets() {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			String name = workbook.getSheetName(i);
			if (WorkbookLayout.SHEETS.stream().noneMatch(name::equalsIgnoreCase)) {
				reading.findings.warning(cell(workbook.getSheetAt(i), 0, 0), FormatCodes.UNKNOWN_SHEET, "sheet '" + name
						+ "' is not part of a profile and is ignored" + NearestName.suggestion(name, WorkbookLayout.SHEETS));
			}
		}
	}
}
