package io.wearline.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable, ordered list of {@link Column}s of a {@link Table}; column names are unique. Two schemas are
 * equal when their columns are equal in the same order.
 */
public final class Schema {
	private final List<Column> columns;
	private final Map<String, Integer> indexes;

	private Schema(List<Column> columns) {
		this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
		this.indexes = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			if (indexes.putIfAbsent(columns.get(i).name(), i) != null) {
				throw new IllegalArgumentException("the column name '" + columns.get(i).name()
						+ "' appears twice; each column needs its own name");
			}
		}
	}

	/** A schema of these columns in this order. */
	public static Schema of(Column... columns) {
		return new Schema(Arrays.asList(columns));
	}

	/** A schema of these columns in this order. */
	public static Schema of(List<Column> columns) {
		return new Schema(columns);
	}

	/** The columns, in order; the list cannot be changed. */
	public List<Column> columns() {
		return columns;
	}

	/** How many columns there are. */
	public int size() {
		return columns.size();
	}

	/** The column at this position (0-based). */
	public Column column(int index) {
		return columns.get(index);
	}

	/** The position of the column of this name, or -1 when there is none. */
	public int indexOf(String name) {
		Integer index = indexes.get(name);
		return index == null ? -1 : index;
	}

	/**
	 * The position of the column of this name.
	 *
	 * @throws IllegalArgumentException naming the columns there are, when there is none of this name
	 */
	public int require(String name) {
		int index = indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("there is no column '" + name + "'; the columns are "
					+ columns.stream().map(Column::name).toList());
		}
		return index;
	}

	/** The column of this name; throws as {@link #require(String)} does when there is none. */
	public Column column(String name) {
		return columns.get(require(name));
	}

	/** A schema of the named columns, in the order given. */
	public Schema select(String... names) {
		List<Column> selected = new ArrayList<>(names.length);
		for (String name : names) {
			selected.add(column(name));
		}
		return new Schema(selected);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Schema schema && schema.columns.equals(columns);
	}

	@Override
	public int hashCode() {
		return columns.hashCode();
	}

	@Override
	public String toString() {
		return columns.toString();
	}
}
