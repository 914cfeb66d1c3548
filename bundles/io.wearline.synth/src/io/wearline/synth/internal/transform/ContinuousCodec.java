package io.wearline.synth.internal.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.wearline.data.Column;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleColumnBuilder;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntColumnBuilder;
import io.wearline.data.IntValues;
import io.wearline.data.LongColumnBuilder;
import io.wearline.data.LongValues;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.Mode;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;
import io.wearline.synth.transform.UnusableDataException;
import io.wearline.synth.transform.ValueBounds;

/**
 * Mode-specific normalisation of a continuous column (Xu et al. 2019): a value's mode is drawn from its posterior
 * weights under the column's mixture, and the value is written as its place in that mode, (x - mean) / (4 std),
 * with the mode one-hot beside it. Decoding reverses this exactly, then clips to the column's range and rounds an
 * integer column to whole numbers.
 * <p>
 * Unlike the reference, a mode is only drawn among those that can represent the value without clipping (|place|
 * &lt;= 0.99), so that decoding the encoding gives the value back; a value no mode can represent takes the nearest
 * mode. A missing value is written as place 0 of a mode drawn by the modes' weights, so that the one-hot group
 * stays one-hot, with the indicator saying "missing".
 *
 * @param column the column
 * @param mixture the column's modes
 * @param range the range decoded values are clipped to
 * @param indicator whether the column has a missing-value indicator span
 */
public record ContinuousCodec(Column column, Mixture mixture, ValueBounds range, boolean indicator)
		implements ColumnCodec {
	/** How many standard deviations of its mode a scalar of 1 stands for. */
	static final double STD_MULTIPLIER = 4;
	/** The largest scalar the encoding writes. */
	static final double CLIP = 0.99;

	/** Checks that the column is numeric and the range finite. */
	public ContinuousCodec {
		if (!column.type().isNumeric()) {
			throw new IllegalArgumentException("column '" + column.name() + "' is " + column.type()
					+ "; only numbers can be continuous");
		}
		if (Double.isInfinite(range.min()) || Double.isInfinite(range.max())) {
			throw new IllegalArgumentException("a continuous column's range must be finite: " + range);
		}
	}

	@Override
	public Treatment treatment() {
		return Treatment.CONTINUOUS;
	}

	@Override
	public List<Span> spans(int start) {
		List<Span> spans = new ArrayList<>(3);
		spans.add(new Span(start, 1, Span.Kind.SCALAR));
		spans.add(new Span(start + 1, mixture.size(), Span.Kind.SOFTMAX));
		if (indicator) {
			spans.add(new Span(start + 1 + mixture.size(), MissingIndicator.WIDTH, Span.Kind.SOFTMAX));
		}
		return spans;
	}

	@Override
	public void encode(ColumnValues values, Rows rows, int start, RandomGenerator random) {
		int modes = mixture.size();
		double[] means = mixture.means();
		double[] stds = mixture.stds();
		double[] offsets = mixture.offsets();
		double[] scales = new double[modes];
		for (int c = 0; c < modes; c++) {
			scales[c] = 1 / (STD_MULTIPLIER * stds[c]);
		}
		double[] weights = new double[modes];
		float[] out = rows.values();
		int width = rows.width();
		for (int row = 0; row < values.size(); row++) {
			double x = read(values, row);
			int base = row * width + start;
			boolean missing = Double.isNaN(x);
			int mode;
			double place;
			if (missing) {
				if (!indicator) {
					throw new UnusableDataException("column '" + column.name() + "' has a missing value in row " + row
							+ " but the data the transformer was fitted on had none; fit it on data with missing "
							+ "values in this column", column.name(), row);
				}
				mode = draw(mixture.weights(), random);
				place = 0;
			} else {
				mode = chooseMode(x, means, offsets, scales, weights, random);
				place = Math.max(-CLIP, Math.min(CLIP, (x - means[mode]) * scales[mode]));
			}
			out[base] = (float) place;
			for (int c = 0; c < modes; c++) {
				out[base + 1 + c] = c == mode ? 1 : 0;
			}
			if (indicator) {
				MissingIndicator.encode(rows, row, start + 1 + modes, missing);
			}
		}
	}

	/** The row's value as a double, NaN when missing; refuses an infinity. */
	private double read(ColumnValues values, int row) {
		if (values.isMissing(row)) {
			return Double.NaN;
		}
		double x = switch (values) {
			case DoubleValues numbers -> numbers.get(row);
			case LongValues numbers -> numbers.get(row);
			case IntValues numbers -> numbers.get(row);
			default -> throw new IllegalArgumentException("column '" + column.name() + "' is " + values.type()
					+ ", not a number");
		};
		if (Double.isInfinite(x)) {
			throw new UnusableDataException("column '" + column.name() + "' has " + x + " in row " + row
					+ "; infinite values cannot be learned: replace them by a finite value or leave them missing",
					column.name(), row);
		}
		return x;
	}

	private static int chooseMode(double x, double[] means, double[] offsets, double[] scales, double[] weights,
			RandomGenerator random) {
		int modes = means.length;
		double max = Double.NEGATIVE_INFINITY;
		int nearest = 0;
		double nearestPlace = Double.POSITIVE_INFINITY;
		for (int c = 0; c < modes; c++) {
			double place = (x - means[c]) * scales[c];
			double distance = Math.abs(place);
			if (distance < nearestPlace) {
				nearestPlace = distance;
				nearest = c;
			}
			if (distance <= CLIP) {
				// ln p(x, c) = offset - z^2 / 2 with z = (x - mean) / std = 4 place
				double log = offsets[c] - 8 * place * place;
				weights[c] = log;
				max = Math.max(max, log);
			} else {
				weights[c] = Double.NEGATIVE_INFINITY;
			}
		}
		if (max == Double.NEGATIVE_INFINITY) {
			return nearest;
		}
		double total = 0;
		for (int c = 0; c < modes; c++) {
			weights[c] = weights[c] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(weights[c] - max);
			total += weights[c];
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		int last = nearest;
		for (int c = 0; c < modes; c++) {
			if (weights[c] > 0) {
				cumulative += weights[c];
				last = c;
				if (target < cumulative) {
					return c;
				}
			}
		}
		return last;
	}

	private static int draw(double[] weights, RandomGenerator random) {
		double target = random.nextDouble();
		double cumulative = 0;
		for (int c = 0; c < weights.length; c++) {
			cumulative += weights[c];
			if (target < cumulative) {
				return c;
			}
		}
		return weights.length - 1;
	}

	@Override
	public void decode(Rows rows, int start, SoftmaxChoice choice, RandomGenerator random, ColumnBuilder builder) {
		int modes = mixture.size();
		double[] means = mixture.means();
		double[] stds = mixture.stds();
		float[] in = rows.values();
		int width = rows.width();
		ColumnType type = column.type();
		double low = type == ColumnType.DOUBLE ? range.min() : Math.ceil(range.min());
		double high = type == ColumnType.DOUBLE ? range.max() : Math.floor(range.max());
		for (int row = 0; row < rows.count(); row++) {
			float place = SoftmaxPick.finite(in[row * width + start], row, start);
			int mode = SoftmaxPick.pick(rows, row, start + 1, modes, choice, random);
			if (indicator && MissingIndicator.decode(rows, row, start + 1 + modes, choice, random)) {
				MissingValue.append(builder);
				continue;
			}
			double clipped = Math.max(-1, Math.min(1, place));
			double x = clipped * STD_MULTIPLIER * stds[mode] + means[mode];
			x = Math.max(low, Math.min(high, x));
			switch (builder) {
				case DoubleColumnBuilder numbers -> numbers.add(x);
				case LongColumnBuilder numbers -> numbers.add(Math.round(x));
				case IntColumnBuilder numbers -> numbers.add((int) Math.round(x));
				default -> throw new IllegalArgumentException("column '" + column.name() + "' cannot be written by "
						+ builder.getClass().getSimpleName());
			}
		}
	}

	@Override
	public ColumnPlan plan(int start) {
		List<Mode> modes = new ArrayList<>();
		for (int c = 0; c < mixture.size(); c++) {
			modes.add(new Mode(mixture.weights()[c], mixture.means()[c], mixture.stds()[c]));
		}
		return new ColumnPlan(column, Treatment.CONTINUOUS, spans(start), modes, List.of(), indicator, range);
	}
}
