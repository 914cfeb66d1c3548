package io.wearline.data;

import java.util.Objects;

/**
 * A table read from a file, with the report of the types inferred for its columns.
 *
 * @param table the complete table
 * @param inference what was inferred per column; {@link InferenceReport#isEmpty() empty} when a schema was given
 */
public record LoadedTable(Table table, InferenceReport inference) {
	/** Checks that both parts are there. */
	public LoadedTable {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(inference, "inference");
	}
}
