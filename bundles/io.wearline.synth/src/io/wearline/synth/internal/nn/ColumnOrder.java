package io.wearline.synth.internal.nn;

import java.util.ArrayList;
import java.util.List;

import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/**
 * The network's own column order: every {@link Span.Kind#SCALAR} column first, then every
 * {@link Span.Kind#SOFTMAX} group, each in layout order. With the scalars side by side the loss handles them in one
 * loop and the network's parameters do not depend on where the transformer put them; the first and last layers
 * simply see their columns permuted. Rows are gathered into this order on the way in and scattered back into the
 * layout's order on the way out.
 */
final class ColumnOrder {

	private final int width;
	private final int scalars;
	private final int[] groups;
	/** {@code layoutColumn[networkColumn]} */
	private final int[] layoutColumn;

	private ColumnOrder(int width, int scalars, int[] groups, int[] layoutColumn) {
		this.width = width;
		this.scalars = scalars;
		this.groups = groups;
		this.layoutColumn = layoutColumn;
	}

	/** The network order of a layout. */
	static ColumnOrder of(Layout layout) {
		if (layout.width() == 0) {
			throw new IllegalArgumentException("the network needs at least one column; the layout has none");
		}
		int[] order = new int[layout.width()];
		int next = 0;
		for (Span span : layout.spans()) {
			if (span.kind() == Span.Kind.SCALAR) {
				order[next++] = span.start();
			}
		}
		int scalars = next;
		List<Integer> groups = new ArrayList<>();
		for (Span span : layout.spans()) {
			if (span.kind() == Span.Kind.SOFTMAX) {
				groups.add(span.width());
				for (int c = span.start(); c < span.end(); c++) {
					order[next++] = c;
				}
			}
		}
		return new ColumnOrder(layout.width(), scalars, groups.stream().mapToInt(Integer::intValue).toArray(),
				order);
	}

	/** The number of columns. */
	int width() {
		return width;
	}

	/** The number of scalar columns, which come first. */
	int scalars() {
		return scalars;
	}

	/** The widths of the softmax groups, in order after the scalars. */
	int[] groups() {
		return groups.clone();
	}

	/**
	 * Copies rows into a batch in network order.
	 *
	 * @param rows the rows in layout order
	 * @param rowIndex the rows to take, in batch order
	 * @param from the first entry of {@code rowIndex} to take
	 * @param count how many to take
	 * @param batch receives {@code count} rows in network order
	 */
	void gather(Rows rows, int[] rowIndex, int from, int count, float[] batch) {
		float[] values = rows.values();
		for (int b = 0; b < count; b++) {
			int source = rowIndex[from + b] * width;
			int target = b * width;
			for (int c = 0; c < width; c++) {
				batch[target + c] = values[source + layoutColumn[c]];
			}
		}
	}

	/**
	 * Copies rows of a batch in network order into rows in layout order.
	 *
	 * @param batch {@code count} rows in network order
	 * @param count how many rows
	 * @param rows receives them in layout order
	 * @param firstRow the row of {@code rows} that receives the batch's first
	 */
	void scatter(float[] batch, int count, Rows rows, int firstRow) {
		float[] values = rows.values();
		for (int b = 0; b < count; b++) {
			int source = b * width;
			int target = (firstRow + b) * width;
			for (int c = 0; c < width; c++) {
				values[target + layoutColumn[c]] = batch[source + c];
			}
		}
	}
}
