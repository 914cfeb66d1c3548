package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Table;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.TableMetadata;

/**
 * SDV's metadata detection ({@code SingleTableMetadata._detect_columns} of SDV 1.x) on a {@link Table}, so that a
 * user's file is scored with the kinds SDMetrics would be given: the rule is read from SDV's
 * {@code _determine_sdtype_for_numbers}, {@code _determine_sdtype_for_objects}, {@code _detect_id_column} and
 * {@code _select_primary_key}. Not reproduced: SDV's guesses of personal data (e-mail, phone) from column names and
 * of dates in text columns; such columns are categorical here.
 */
public final class KindDetection {
	/** SDV's {@code _MIN_ROWS_FOR_PREDICTION}: at most this many rows, numbers stay numerical and nothing is a key. */
	static final int MIN_ROWS_FOR_PREDICTION = 5;
	/** The most distinct values a column of whole numbers may have to be categorical, whatever its length. */
	static final int MAX_CATEGORIES = 10;

	private KindDetection() {
	}

	/** The kinds of a table's columns and its primary key, as SDV detects them. */
	public static TableMetadata detect(Table table) {
		Map<String, ColumnKind> kinds = new LinkedHashMap<>();
		List<String> keyCandidates = new ArrayList<>();
		for (Column column : table.schema().columns()) {
			ColumnValues values = table.column(column.name());
			Detected detected = detect(column.name(), values);
			kinds.put(column.name(), detected.kind());
			if (detected.keyCandidate()) {
				keyCandidates.add(column.name());
			}
		}
		// SDV makes the first candidate the primary key, an id; the other candidates keep their kind
		String primaryKey = keyCandidates.isEmpty() ? null : keyCandidates.get(0);
		if (primaryKey != null) {
			kinds.put(primaryKey, ColumnKind.ID);
		}
		return new TableMetadata(kinds, primaryKey, "detected from the real table as SDV does");
	}

	private record Detected(ColumnKind kind, boolean keyCandidate) {
	}

	private static Detected detect(String name, ColumnValues values) {
		int rows = values.size();
		boolean enoughRows = rows > MIN_ROWS_FOR_PREDICTION;
		Survey survey = Survey.of(values);
		boolean possibleKey = survey.missing == 0 && survey.distinct == rows;
		if (namedAsId(name)) {
			return new Detected(ColumnKind.ID, possibleKey);
		}
		if (!values.type().isNumeric()) {
			// pandas gives text, categories and flags the dtypes 'O' and 'b', which SDV makes categorical
			boolean text = values.type() == ColumnType.STRING || values.type() == ColumnType.CATEGORICAL;
			return new Detected(ColumnKind.CATEGORICAL, text && enoughRows && possibleKey);
		}
		if (!enoughRows || survey.distinct == 0) {
			return new Detected(ColumnKind.NUMERICAL, false);
		}
		// Python's round() rounds halves to even, as Math.rint does
		long categoryLimit = Math.min((long) Math.rint(rows / 10.0), MAX_CATEGORIES);
		boolean counts = survey.wholeNumbers && survey.nonNegative;
		ColumnKind kind = counts && survey.distinct <= categoryLimit ? ColumnKind.CATEGORICAL : ColumnKind.NUMERICAL;
		return new Detected(kind, possibleKey && counts);
	}

	/** SDV's {@code _detect_id_column}: a word of the name, split at spaces, dashes, underscores or capitals, is "id". */
	static boolean namedAsId(String name) {
		String[] words = name.replace(' ', '_').replace('-', '_').split("_", -1);
		List<String> tokens = new ArrayList<>(List.of(words));
		if (words.length == 1) {
			tokens.clear();
			if (!name.toUpperCase(Locale.ROOT).equals(name)
					&& !name.substring(1).toLowerCase(Locale.ROOT).equals(name.substring(1))) {
				java.util.regex.Matcher camel = java.util.regex.Pattern.compile("[A-Z][^A-Z]*").matcher(name);
				while (camel.find()) {
					tokens.add(camel.group());
				}
			}
			if (tokens.isEmpty()) {
				tokens.add(name);
			}
		}
		return tokens.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals("id"));
	}

	/** What the rule asks of a column's values: missing, distinct, whole and non-negative. */
	private static final class Survey {
		int missing;
		int distinct;
		boolean wholeNumbers = true;
		boolean nonNegative = true;

		static Survey of(ColumnValues values) {
			Survey survey = new Survey();
			Set<Object> seen = new HashSet<>();
			boolean numeric = values.type().isNumeric();
			double[] numbers = numeric ? NumericColumn.doubles(values) : null;
			for (int row = 0; row < values.size(); row++) {
				Object value = numeric ? (Double.isNaN(numbers[row]) ? null : (Object) numbers[row]) : values.value(row);
				if (value == null) {
					survey.missing++;
					continue;
				}
				seen.add(value);
				if (numeric) {
					double number = numbers[row];
					survey.wholeNumbers &= number == Math.rint(number);
					survey.nonNegative &= number >= 0;
				}
			}
			survey.distinct = seen.size();
			return survey;
		}
	}
}
