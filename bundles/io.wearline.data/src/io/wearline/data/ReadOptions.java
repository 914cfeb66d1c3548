package io.wearline.data;

import java.util.Objects;
import java.util.Set;

/**
 * How a {@link TableReader} reads a file.
 *
 * @param schema the columns the file must have, with their types; null to infer the types from the values
 * @param maxFileBytes the largest file read; a larger one is refused before any byte is read
 * @param separator the CSV separator, or null to detect it (comma, semicolon, tab or bar) from the first lines
 * @param missingTokens the cell texts that mean "no value"; the empty cell always does
 * @param maxCategories the most distinct labels a text column may have to be inferred as CATEGORICAL
 */
public record ReadOptions(Schema schema, long maxFileBytes, Character separator, Set<String> missingTokens,
		int maxCategories) {

	/** 2 GB: a table this large is better kept in Parquet, which reads in parts. */
	public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
	/** The texts that mean "no value" unless told otherwise: those most tools write. */
	public static final Set<String> DEFAULT_MISSING_TOKENS = Set.of("", "NA", "N/A", "null");
	/** Up to 32 labels a column is a category (an operating regime, a failure mode), beyond it free text. */
	public static final int DEFAULT_MAX_CATEGORIES = 32;

	/** Checks the limits; copies the tokens. */
	public ReadOptions {
		if (maxFileBytes < 1 || maxCategories < 0) {
			throw new IllegalArgumentException("the file size limit must be positive and the category limit not"
					+ " negative: " + maxFileBytes + ", " + maxCategories);
		}
		missingTokens = Set.copyOf(Objects.requireNonNull(missingTokens, "missingTokens"));
	}

	/** Infer the schema, detect the separator, refuse files over 2 GB. */
	public static ReadOptions defaults() {
		return new ReadOptions(null, DEFAULT_MAX_FILE_BYTES, null, DEFAULT_MISSING_TOKENS, DEFAULT_MAX_CATEGORIES);
	}

	/** These options with the schema the file must have. */
	public ReadOptions withSchema(Schema newSchema) {
		return new ReadOptions(newSchema, maxFileBytes, separator, missingTokens, maxCategories);
	}

	/** These options with another file size limit. */
	public ReadOptions withMaxFileBytes(long bytes) {
		return new ReadOptions(schema, bytes, separator, missingTokens, maxCategories);
	}

	/** These options with a fixed CSV separator. */
	public ReadOptions withSeparator(char newSeparator) {
		return new ReadOptions(schema, maxFileBytes, newSeparator, missingTokens, maxCategories);
	}

	/** These options with other texts for "no value". */
	public ReadOptions withMissingTokens(Set<String> tokens) {
		return new ReadOptions(schema, maxFileBytes, separator, tokens, maxCategories);
	}

	/** These options with another limit for categorical columns. */
	public ReadOptions withMaxCategories(int categories) {
		return new ReadOptions(schema, maxFileBytes, separator, missingTokens, categories);
	}

	/** Whether a cell's text means "no value". */
	public boolean isMissing(String text) {
		return text == null || text.isEmpty() || missingTokens.contains(text);
	}
}
