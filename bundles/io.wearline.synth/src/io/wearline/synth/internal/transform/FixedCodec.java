package io.wearline.synth.internal.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.wearline.data.Column;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.ValueBounds;

/**
 * A column whose values the network does not learn: all missing (no levels), constant (one level) or
 * near-constant (several levels, drawn again at the counts they had). Only whether a value is missing goes to the
 * network, through an indicator, when the fitted data had both missing and present values.
 *
 * @param column the column
 * @param levels the values seen: none, one, or the near-constant column's distinct values
 * @param counts how many rows had each level (all positive), for drawing a near-constant column's values
 * @param indicator whether the column has a missing-value indicator span
 */
public record FixedCodec(Column column, Levels levels, long[] counts, boolean indicator) implements ColumnCodec {
	/** Checks that the counts fit the levels. */
	public FixedCodec {
		counts = counts.clone();
		if (counts.length != levels.size()) {
			throw new IllegalArgumentException("a fixed column needs one count per level");
		}
		for (long count : counts) {
			if (count <= 0) {
				throw new IllegalArgumentException("a fixed column's counts must be positive");
			}
		}
		if (indicator && levels.size() == 0) {
			throw new IllegalArgumentException("an all-missing column has no indicator");
		}
	}

	@Override
	public Treatment treatment() {
		return switch (levels.size()) {
			case 0 -> Treatment.ALL_MISSING;
			case 1 -> Treatment.CONSTANT;
			default -> Treatment.NEAR_CONSTANT;
		};
	}

	@Override
	public List<Span> spans(int start) {
		return indicator ? List.of(new Span(start, MissingIndicator.WIDTH, Span.Kind.SOFTMAX)) : List.of();
	}

	@Override
	public void encode(ColumnValues values, Rows rows, int start, RandomGenerator random) {
		if (!indicator) {
			return;
		}
		for (int row = 0; row < values.size(); row++) {
			boolean missing = values.isMissing(row)
					|| (values instanceof DoubleValues doubles && Double.isNaN(doubles.get(row)));
			MissingIndicator.encode(rows, row, start, missing);
		}
	}

	@Override
	public void decode(Rows rows, int start, SoftmaxChoice choice, RandomGenerator random, ColumnBuilder builder) {
		levels.prepare(builder);
		long total = 0;
		for (long count : counts) {
			total += count;
		}
		for (int row = 0; row < rows.count(); row++) {
			if (levels.size() == 0 || (indicator && MissingIndicator.decode(rows, row, start, choice, random))) {
				MissingValue.append(builder);
			} else if (levels.size() == 1) {
				levels.append(builder, 0);
			} else {
				levels.append(builder, draw(total, random));
			}
		}
	}

	private int draw(long total, RandomGenerator random) {
		long target = random.nextLong(total);
		long cumulative = 0;
		for (int i = 0; i < counts.length; i++) {
			cumulative += counts[i];
			if (target < cumulative) {
				return i;
			}
		}
		return counts.length - 1;
	}

	@Override
	public ColumnPlan plan(int start) {
		List<String> values = new ArrayList<>(levels.size());
		for (int i = 0; i < levels.size(); i++) {
			values.add(levels.describe(i));
		}
		ValueBounds range = levels instanceof NumberLevels numbers && numbers.size() > 0
				? new ValueBounds(numbers.value(0), numbers.value(numbers.size() - 1))
				: ValueBounds.unbounded();
		return new ColumnPlan(column, treatment(), spans(start), List.of(), values, indicator, range);
	}
}
