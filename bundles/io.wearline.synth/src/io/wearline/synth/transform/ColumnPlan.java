package io.wearline.synth.transform;

import java.util.List;

import io.wearline.data.Column;
import io.wearline.synth.Span;

/**
 * What the fitted data transformer does with one column: for reports, logs and the network's builder.
 *
 * @param column the column, as in the fitted table's schema
 * @param treatment how it is treated
 * @param spans the column's spans in the network's numeric form, in order: for {@link Treatment#CONTINUOUS} the
 *            scalar and the modes; for {@link Treatment#DISCRETE} and {@link Treatment#CATEGORICAL} the one-hot
 *            group (with a last slot for "missing" when missing values are modelled); then, for a continuous,
 *            constant or near-constant column with missing values, the two-way indicator (present, missing).
 *            Empty when the network does not see the column
 * @param modes the mixture's modes of a continuous column, else empty
 * @param values the values of the one-hot group, of the constant, or of the near-constant column, as text; else
 *            empty
 * @param modelsMissing whether missing values are learned (an indicator or a "missing" slot)
 * @param range the range generated values stay in: for a continuous column the fitted data's range cut by the
 *            bounds given at fit time; for others the smallest and largest value seen (unbounded when none)
 */
public record ColumnPlan(Column column, Treatment treatment, List<Span> spans, List<Mode> modes, List<String> values,
		boolean modelsMissing, ValueBounds range) {
	/** Copies the lists. */
	public ColumnPlan {
		spans = List.copyOf(spans);
		modes = List.copyOf(modes);
		values = List.copyOf(values);
	}

	/**
	 * The numeric column of a value's slot in this column's one-hot group (a category, a boolean, a discrete
	 * number written as in {@link #values()}), for conditional sampling; -1 when the column has no such slot.
	 */
	public int slotOf(String value) {
		int index = values.indexOf(value);
		if (index < 0 || (treatment != Treatment.CATEGORICAL && treatment != Treatment.DISCRETE)) {
			return -1;
		}
		return spans.get(0).start() + index;
	}

	/** The number of columns of the numeric form that belong to this column. */
	public int width() {
		return spans.stream().mapToInt(Span::width).sum();
	}
}
