package io.wearline.core.internal.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.wearline.core.internal.ElementNames;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.Scalar;
import io.wearline.core.internal.ScalarConversion;
import io.wearline.core.internal.SourceMap;

/**
 * What the sheet readers share: the findings of the workbook, the source map, and putting a cell's value into a
 * field, recording the cell, or reporting why the value does not fit.
 */
final class CellReading {
	final Findings findings;
	final SourceMap places;

	CellReading(Findings findings, SourceMap places) {
		this.findings = findings;
		this.places = places;
	}

	/** Puts a value into an attribute (for a list attribute: adds it), or reports why it does not fit. */
	@SuppressWarnings("unchecked")
	void set(EObject element, EAttribute attribute, Scalar value, Place place) {
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

	/** The place of a cell, by 0-based row and column. */
	static Place cell(Sheet sheet, int row, int column) {
		return Place.cell(WorkbookLayout.index(sheet.getSheetName()), sheet.getSheetName(), row, column);
	}
}
