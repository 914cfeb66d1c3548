package io.wearline.synth.internal.transform;

import java.util.random.RandomGenerator;

import io.wearline.synth.Rows;
import io.wearline.synth.transform.SoftmaxChoice;

/** The two-way softmax span (present, missing) of a column whose fitted data had missing values. */
final class MissingIndicator {
	static final int WIDTH = 2;

	private MissingIndicator() {
	}

	static void encode(Rows rows, int row, int start, boolean missing) {
		int base = row * rows.width() + start;
		rows.values()[base] = missing ? 0 : 1;
		rows.values()[base + 1] = missing ? 1 : 0;
	}

	static boolean decode(Rows rows, int row, int start, SoftmaxChoice choice, RandomGenerator random) {
		return SoftmaxPick.pick(rows, row, start, WIDTH, choice, random) == 1;
	}
}
