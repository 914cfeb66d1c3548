package io.wearline.synth.internal.transform;

import java.util.random.RandomGenerator;

import io.wearline.synth.Rows;
import io.wearline.synth.transform.SoftmaxChoice;

/** Picks one slot of a softmax span of the network's output: drawn from the probabilities, or the most probable. */
final class SoftmaxPick {
	private SoftmaxPick() {
	}

	/**
	 * The slot (0 to width - 1) of the span at {@code start} in a row. Negative values count as 0; the
	 * probabilities need not sum to 1.
	 *
	 * @throws IllegalArgumentException when a value is NaN or infinite: the network's output is broken
	 */
	static int pick(Rows rows, int row, int start, int width, SoftmaxChoice choice, RandomGenerator random) {
		float[] values = rows.values();
		int base = row * rows.width() + start;
		if (choice == SoftmaxChoice.ARGMAX) {
			int best = 0;
			for (int j = 0; j < width; j++) {
				float p = finite(values[base + j], row, start + j);
				if (p > values[base + best]) {
					best = j;
				}
			}
			return best;
		}
		double total = 0;
		for (int j = 0; j < width; j++) {
			total += Math.max(0, finite(values[base + j], row, start + j));
		}
		if (!(total > 0)) {
			// an all-zero group: no information, so every slot is equally likely
			return random.nextInt(width);
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		int last = 0;
		for (int j = 0; j < width; j++) {
			float p = values[base + j];
			if (p > 0) {
				cumulative += p;
				last = j;
				if (target < cumulative) {
					return j;
				}
			}
		}
		return last;
	}

	/** The value, checked to be finite. */
	static float finite(float value, int row, int column) {
		if (!Float.isFinite(value)) {
			throw new IllegalArgumentException("the network's output has " + value + " in row " + row + ", column "
					+ column + "; a model that produces this is broken: train it again");
		}
		return value;
	}
}
