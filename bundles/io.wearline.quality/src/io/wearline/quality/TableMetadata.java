package io.wearline.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.wearline.data.Column;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.quality.internal.KindDetection;

/**
 * The kind of each column of a table, as SDV's single-table metadata states it ({@code {"columns": {"c":
 * {"sdtype": "numerical"}}, "primary_key": "id"}}): what {@link QualityScoring} scores each column as. It comes
 * from one of three places: detected from the real table by SDV's rule ({@link #detect}), read from a user's
 * metadata file ({@link TableMetadataJson#read}), or taken from the column types the readers gave
 * ({@link #ofTypes}). Columns of the table that the metadata does not name are not scored.
 *
 * @param columns the kind of each column, in the table's order
 * @param primaryKey the column that keys the rows, or null when there is none
 * @param origin where the kinds come from, in words, for the report and the printed summary
 */
public record TableMetadata(Map<String, ColumnKind> columns, String primaryKey, String origin) {

	/** Copies the columns, keeping their order. */
	public TableMetadata {
		Objects.requireNonNull(origin, "origin");
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		if (primaryKey != null && !columns.containsKey(primaryKey)) {
			throw new IllegalArgumentException("the primary key '" + primaryKey + "' is not one of the columns "
					+ columns.keySet());
		}
	}

	/**
	 * The kinds SDV's metadata detection ({@code SingleTableMetadata.detect_from_dataframe}) gives the columns of a
	 * table: a column named as an id ({@code id}, {@code machine_id}, {@code Product ID}) is an id; non-negative
	 * whole numbers with at most {@code min(round(rows / 10), 10)} distinct values are categorical, other numbers
	 * numerical; text and flags are categorical; the first column of unique, complete values (non-negative whole
	 * numbers, or text) becomes the primary key, an id. Tables of 5 rows or fewer keep numbers numerical.
	 */
	public static TableMetadata detect(Table table) {
		return KindDetection.detect(table);
	}

	/** The kinds the column types give: numbers numerical, categories categorical, flags boolean, text free text. */
	public static TableMetadata ofTypes(Schema schema) {
		Map<String, ColumnKind> kinds = new LinkedHashMap<>();
		for (Column column : schema.columns()) {
			kinds.put(column.name(), ColumnKind.of(column.type()));
		}
		return new TableMetadata(kinds, null, "the column types");
	}

	/** The kind of a column, if the metadata names it. */
	public Optional<ColumnKind> kind(String column) {
		return Optional.ofNullable(columns.get(column));
	}

	/** The columns of one kind, in order. */
	public List<String> columnsOf(ColumnKind kind) {
		List<String> names = new ArrayList<>();
		columns.forEach((name, k) -> {
			if (k == kind) {
				names.add(name);
			}
		});
		return names;
	}

	/** This metadata with another origin. */
	public TableMetadata withOrigin(String text) {
		return new TableMetadata(columns, primaryKey, text);
	}
}
