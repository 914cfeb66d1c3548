package io.wearline.data;

import java.util.Map;
import java.util.Objects;

/**
 * A table read from a file, with the report of the types inferred for its columns and of the values it could not
 * take as numbers.
 *
 * @param table the complete table
 * @param inference what was inferred per column; {@link InferenceReport#isEmpty() empty} when a schema was given
 * @param nonFinite per DOUBLE column that had any, in column order, how many values were infinite or NaN in the
 *            file ({@code 1e400}, {@code Infinity}, {@code -Infinity}, {@code NaN}) and are missing values in this
 *            table; empty as a reader returns it (see {@link NonFiniteValues#missingInstead(LoadedTable)})
 */
public record LoadedTable(Table table, InferenceReport inference, Map<String, Integer> nonFinite) {
	/** Checks that every part is there and copies the counts. */
	public LoadedTable {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(inference, "inference");
		nonFinite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nonFinite));
	}

	/** A table whose values are all finite or missing, as a reader returns it. */
	public LoadedTable(Table table, InferenceReport inference) {
		this(table, inference, Map.of());
	}

	/** The notes for a person, one per column with non-finite values, naming the file as {@code shown}. */
	public java.util.List<String> nonFiniteNotes(String shown) {
		return nonFinite.entrySet().stream().map(e -> InputText.escaped(shown) + ": column '" + InputText.escaped(e
				.getKey()) + "' has " + e.getValue() + " non-finite value" + (e.getValue() == 1 ? "" : "s")
				+ " (Infinity, -Infinity, NaN or a number beyond ±1.8e308), read as missing").toList();
	}
}
