package io.wearline.synth.internal.train;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.wearline.synth.Rows;

/**
 * The rows held out for the validation loss: {@code floor(rows * share)} rows drawn with the split seed, the rest
 * for training, each part in the table's order.
 *
 * @param training the training rows
 * @param validation the held-out rows; none when the share gives fewer than one row
 */
record ValidationSplit(Rows training, Rows validation) {

	static ValidationSplit of(Rows rows, double share, long seed) {
		int count = rows.count();
		int held = (int) Math.floor(count * share);
		if (held >= count) {
			held = count - 1;
		}
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			order[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < held; i++) {
			int j = i + random.nextInt(count - i);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		int[] validation = Arrays.copyOf(order, held);
		Arrays.sort(validation);
		boolean[] isHeld = new boolean[count];
		for (int row : validation) {
			isHeld[row] = true;
		}
		int[] training = new int[count - held];
		for (int row = 0, t = 0; row < count; row++) {
			if (!isHeld[row]) {
				training[t++] = row;
			}
		}
		return new ValidationSplit(select(rows, training), select(rows, validation));
	}

	private static Rows select(Rows rows, int[] indexes) {
		Rows selected = Rows.zeros(indexes.length, rows.width());
		for (int i = 0; i < indexes.length; i++) {
			System.arraycopy(rows.values(), indexes[i] * rows.width(), selected.values(), i * rows.width(),
					rows.width());
		}
		return selected;
	}
}
