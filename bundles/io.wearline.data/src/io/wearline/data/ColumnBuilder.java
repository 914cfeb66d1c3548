package io.wearline.data;

import java.util.BitSet;

/**
 * Collects the values of one column, row by row, for a {@link TableBuilder}. The typed subclasses append
 * primitives without boxing ({@link DoubleColumnBuilder#add(double)}); every builder can append a missing value.
 * Not thread-safe: one writer per builder.
 */
public abstract sealed class ColumnBuilder permits DoubleColumnBuilder, LongColumnBuilder, IntColumnBuilder,
		BooleanColumnBuilder, StringColumnBuilder, CategoricalColumnBuilder {
	/** The smallest storage a builder starts with. */
	static final int MINIMUM_CAPACITY = 16;
	/** How many values have been added. */
	protected int size;
	private BitSet missing;
	private final Column column;

	ColumnBuilder(Column column) {
		this.column = column;
	}

	/** The column this builder fills. */
	public final Column column() {
		return column;
	}

	/** How many rows have been added. */
	public final int size() {
		return size;
	}

	/** Appends a row without a value. */
	public final void addMissing() {
		if (missing == null) {
			missing = new BitSet();
		}
		missing.set(size);
		appendPlaceholder();
	}

	/** Appends the placeholder a missing row holds in the storage (NaN, 0, null, -1). */
	abstract void appendPlaceholder();

	/**
	 * The values added so far as an immutable column; the builder can go on after this. A full storage array is
	 * handed over as it is, not copied: the next append finds it full and moves to a new one, so nothing written
	 * later reaches the built column (a reader that sized the builder exactly saves a copy of every column).
	 */
	abstract ColumnValues build();

	/** A copy of the missing rows so far, or null when none. */
	final BitSet missingSoFar() {
		return missing == null ? null : (BitSet) missing.clone();
	}

	/** A capacity at least {@code needed}, growing by half so that appends stay amortised O(1). */
	static int grown(int current, int needed) {
		long next = Math.max(needed, current + (current >> 1) + 1L);
		if (next > Integer.MAX_VALUE - 8) {
			throw new IllegalStateException("a column cannot hold more than " + (Integer.MAX_VALUE - 8) + " rows");
		}
		return (int) next;
	}
}
