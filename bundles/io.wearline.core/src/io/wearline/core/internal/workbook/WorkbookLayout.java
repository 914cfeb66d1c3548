package io.wearline.core.internal.workbook;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import io.wearline.core.internal.DocumentShape;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The sheets of a profile workbook, in this order; field names are the JSON/YAML field names:
 * <ul>
 * <li><b>Machine</b>: key/value rows (column A the field, B the value) after a header row {@code field | value}:
 * the machine's own fields ({@code id}, {@code name}, {@code type}, ...), then the degradation and the life as
 * dotted fields: {@code degradation.law}, {@code degradation.parameters.rate} (one row per law parameter),
 * {@code degradation.failureThreshold}, {@code life.minLife}, {@code life.timeUnit}, ...</li>
 * <li><b>Sensors</b>: a header row of field names ({@code id, label, kind, unit, min, max, nominal, noise,
 * wearDirection, wearSensitivity, samplingInterval, clipped}), then one row per sensor. Columns may be in any
 * order and may be left out.</li>
 * <li><b>Parameters</b>: header {@code key, value, unit}, one row per operating parameter.</li>
 * <li><b>Regimes</b>: header {@code name, weight, kind, sensor, amount, parameter, value}: one row per regime
 * and adjustment; a row may carry one adjustment ({@code kind, sensor, amount}) and one override ({@code
 * parameter, value}) at once, so a regime takes as many rows as it has adjustments or overrides, whichever are
 * more, and one row when it has neither. A row whose {@code name} is blank or repeats the name above continues
 * that regime; its {@code weight} must then be blank or the same.</li>
 * <li><b>FailureModes</b>: header {@code id, label, probability, onset, kind, sensor, magnitude}: one row per
 * failure effect, the mode's fields on its first row and blank (or repeated) on the following ones; a mode
 * without effects takes one row.</li>
 * <li><b>Dataset</b> and <b>Training</b>: key/value rows like Machine; a list ({@code compressDims}) takes one
 * cell per item, from column B on. A workbook without the sheet has no dataset (training) part.</li>
 * </ul>
 * Blank rows are skipped. Numbers may be numeric cells or text that reads as a number.
 */
public final class WorkbookLayout {
	public static final String MACHINE = "Machine";
	public static final String SENSORS = "Sensors";
	public static final String PARAMETERS = "Parameters";
	public static final String REGIMES = "Regimes";
	public static final String FAILURE_MODES = "FailureModes";
	public static final String DATASET = "Dataset";
	public static final String TRAINING = "Training";

	/** Every sheet, in the order the writer creates them and problems are listed. */
	public static final List<String> SHEETS = List.of(MACHINE, SENSORS, PARAMETERS, REGIMES, FAILURE_MODES, DATASET,
			TRAINING);

	/** The header of key/value sheets. */
	static final String FIELD_HEADER = "field";
	static final String VALUE_HEADER = "value";

	/** The parts of the machine written as dotted fields of the Machine sheet. */
	static final List<EReference> MACHINE_PARTS = List.of(Literals.MACHINE_PROFILE__DEGRADATION,
			Literals.MACHINE_PROFILE__LIFE);

	/** A column of a table: an attribute of the row's element, or of one of its sub-elements. */
	record Column(EReference child, EAttribute attribute) {
		String header() {
			return attribute.getName();
		}
	}

	/**
	 * A sheet with one row per element of {@code rows}, or per element and sub-element of {@code children}.
	 */
	record Table(String sheet, EReference rows, List<EReference> children) {
		List<Column> columns() {
			List<Column> columns = new ArrayList<>();
			attributes(rows.getEReferenceType()).forEach(a -> columns.add(new Column(null, a)));
			for (EReference child : children) {
				attributes(child.getEReferenceType()).forEach(a -> columns.add(new Column(child, a)));
			}
			return columns;
		}
	}

	/** A key/value sheet of one part of the machine. */
	record Part(String sheet, EReference part) {
	}

	static final List<Table> TABLES = List.of(new Table(SENSORS, Literals.MACHINE_PROFILE__SENSORS, List.of()),
			new Table(PARAMETERS, Literals.MACHINE_PROFILE__PARAMETERS, List.of()),
			new Table(REGIMES, Literals.MACHINE_PROFILE__REGIMES,
					List.of(Literals.OPERATING_REGIME__ADJUSTMENTS, Literals.OPERATING_REGIME__OVERRIDES)),
			new Table(FAILURE_MODES, Literals.MACHINE_PROFILE__FAILURE_MODES,
					List.of(Literals.FAILURE_MODE__EFFECTS)));

	static final List<Part> PARTS = List.of(new Part(DATASET, Literals.MACHINE_PROFILE__DATASET),
			new Part(TRAINING, Literals.MACHINE_PROFILE__TRAINING));

	private WorkbookLayout() {
	}

	/** The sheet's position, for the order of problems; unknown sheets come last. */
	static int index(String sheet) {
		for (int i = 0; i < SHEETS.size(); i++) {
			if (SHEETS.get(i).equalsIgnoreCase(sheet)) {
				return i;
			}
		}
		return SHEETS.size();
	}

	/** The attributes of a class, in document order. */
	static List<EAttribute> attributes(EClass eClass) {
		return DocumentShape.fields(eClass).stream().filter(EAttribute.class::isInstance).map(EAttribute.class::cast)
				.toList();
	}
}
