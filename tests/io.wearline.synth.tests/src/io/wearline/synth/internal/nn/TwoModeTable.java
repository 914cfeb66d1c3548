package io.wearline.synth.internal.nn;

import java.util.List;
import java.util.SplittableRandom;

import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/**
 * A small table in the network's numeric form, built by hand as the data transformer would: one continuous
 * column with two modes (its scalar and a two-way mode group), a second scalar, and a categorical column of three
 * values whose value follows the mode in 90% of the rows.
 */
final class TwoModeTable {

	/** scalar, mode group (2), scalar, category (3) */
	static final Layout LAYOUT = new Layout(List.of(new Span(0, 1, Span.Kind.SCALAR),
			new Span(1, 2, Span.Kind.SOFTMAX), new Span(3, 1, Span.Kind.SCALAR), new Span(4, 3, Span.Kind.SOFTMAX)));

	private TwoModeTable() {
	}

	/** {@code count} rows drawn from {@code seed}. */
	static Rows rows(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Rows rows = Rows.zeros(count, LAYOUT.width());
		for (int r = 0; r < count; r++) {
			int mode = random.nextDouble() < 0.3 ? 1 : 0;
			rows.set(r, 0, clip(0.2 * random.nextGaussian() + (mode == 0 ? -0.4 : 0.5)));
			rows.set(r, 1 + mode, 1);
			rows.set(r, 3, clip(0.3 * random.nextGaussian()));
			int category = random.nextDouble() < 0.9 ? mode : 2;
			rows.set(r, 4 + category, 1);
		}
		return rows;
	}

	/** A small network for these rows. */
	static TvaeConfig smallConfig() {
		return new TvaeConfig(List.of(32, 32), 16, List.of(32, 32), 1e-3, 1e-5, 100, 2, 10);
	}

	private static float clip(double value) {
		return (float) Math.max(-0.99, Math.min(0.99, value));
	}
}
