package io.wearline.data;

/**
 * What a reader inferred for one column.
 *
 * @param name the column's name
 * @param type the type chosen
 * @param values how many cells had a value
 * @param missing how many cells were empty or a missing token
 * @param reason why this type, in words, naming the first value that ruled out a narrower type
 */
public record InferredColumn(String name, ColumnType type, long values, long missing, String reason) {

	@Override
	public String toString() {
		return name + ": " + type + " (" + values + " values, " + missing + " missing) - " + reason;
	}
}
