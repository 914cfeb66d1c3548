package io.wearline.synth.internal.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.wearline.data.CategoricalColumnBuilder;
import io.wearline.data.Column;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnValues;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.UnusableDataException;
import io.wearline.synth.transform.ValueBounds;

/**
 * One-hot encoding of a column's levels (labels, booleans, or the few values of a discrete numeric column), with a
 * last slot for "missing" when the fitted data had missing values: missing is one more category here, which keeps
 * its relation to the other columns as well as an indicator would, with one softmax group instead of two.
 *
 * @param column the column
 * @param treatment {@link Treatment#CATEGORICAL} or {@link Treatment#DISCRETE}
 * @param levels the levels, at least two (or one with the missing slot)
 * @param missingSlot whether the group has a last slot for missing values
 */
public record CategoryCodec(Column column, Treatment treatment, Levels levels, boolean missingSlot)
		implements ColumnCodec {
	/** Checks the treatment and the group's size. */
	public CategoryCodec {
		if (treatment != Treatment.CATEGORICAL && treatment != Treatment.DISCRETE) {
			throw new IllegalArgumentException("a one-hot column is CATEGORICAL or DISCRETE, not " + treatment);
		}
		if (levels.size() + (missingSlot ? 1 : 0) < 2) {
			throw new IllegalArgumentException("a one-hot group needs at least two slots");
		}
	}

	@Override
	public List<Span> spans(int start) {
		return List.of(new Span(start, slots(), Span.Kind.SOFTMAX));
	}

	private int slots() {
		return levels.size() + (missingSlot ? 1 : 0);
	}

	@Override
	public void encode(ColumnValues values, Rows rows, int start, RandomGenerator random) {
		int[] found = levels.levelsOf(values);
		float[] out = rows.values();
		int width = rows.width();
		int slots = slots();
		for (int row = 0; row < found.length; row++) {
			int level = found[row];
			if (level == Levels.UNKNOWN) {
				throw new UnusableDataException("column '" + column.name() + "' has " + Levels.describe(values, row)
						+ " in row " + row + ", a value the transformer was not fitted on; fit it on data that has "
						+ "every value of this column", column.name(), row);
			}
			if (level == Levels.MISSING) {
				if (!missingSlot) {
					throw new UnusableDataException("column '" + column.name() + "' has a missing value in row " + row
							+ " but the data the transformer was fitted on had none; fit it on data with missing "
							+ "values in this column", column.name(), row);
				}
				level = levels.size();
			}
			int base = row * width + start;
			for (int j = 0; j < slots; j++) {
				out[base + j] = j == level ? 1 : 0;
			}
		}
	}

	@Override
	public void decode(Rows rows, int start, SoftmaxChoice choice, RandomGenerator random, ColumnBuilder builder) {
		levels.prepare(builder);
		int slots = slots();
		// a categorical column's codes are looked up once per level here, not once per row by label
		int[] codes = null;
		if (builder instanceof CategoricalColumnBuilder categories && levels instanceof LabelLevels labels) {
			codes = new int[labels.size()];
			for (int level = 0; level < codes.length; level++) {
				codes[level] = categories.code(labels.describe(level));
			}
		}
		for (int row = 0; row < rows.count(); row++) {
			int slot = SoftmaxPick.pick(rows, row, start, slots, choice, random);
			if (slot == levels.size()) {
				MissingValue.append(builder);
			} else if (codes != null) {
				((CategoricalColumnBuilder) builder).addCode(codes[slot]);
			} else {
				levels.append(builder, slot);
			}
		}
	}

	@Override
	public ColumnPlan plan(int start) {
		List<String> values = new ArrayList<>(levels.size());
		for (int i = 0; i < levels.size(); i++) {
			values.add(levels.describe(i));
		}
		ValueBounds range = levels instanceof NumberLevels numbers
				? new ValueBounds(numbers.value(0), numbers.value(numbers.size() - 1))
				: ValueBounds.unbounded();
		return new ColumnPlan(column, treatment, spans(start), List.of(), values, missingSlot, range);
	}
}
