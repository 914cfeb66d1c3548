package io.wearline.quality.internal.utility;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.wearline.data.Table;
import io.wearline.quality.internal.NumericColumn;

/** Which real rows train and which test, and random subsamples of rows; every draw is seeded. */
final class RowSplit {
	private RowSplit() {
	}

	/**
	 * The real rows split into training and test rows: whole units when the table has a numeric unit column (the
	 * rows of one machine are alike, so a unit on both sides would flatter the model), else single rows.
	 *
	 * @return the training rows, then the test rows, each ascending
	 */
	static int[][] split(Table real, String unitColumn, double testShare, long seed) {
		int index = real.schema().indexOf(unitColumn);
		Random random = new Random(seed);
		boolean[] test = new boolean[real.rowCount()];
		if (index >= 0 && real.schema().column(index).type().isNumeric()) {
			double[] units = NumericColumn.doubles(real.column(index));
			List<Double> ids = List.copyOf(new LinkedHashSet<>(Arrays.stream(units).boxed().toList()));
			int[] order = shuffled(ids.size(), random);
			int held = Math.max(1, (int) Math.round(testShare * ids.size()));
			Map<Double, Boolean> heldOut = new HashMap<>();
			for (int i = 0; i < ids.size(); i++) {
				heldOut.put(ids.get(order[i]), i < held);
			}
			for (int row = 0; row < test.length; row++) {
				test[row] = heldOut.get(units[row]);
			}
		} else {
			int[] order = shuffled(test.length, random);
			int held = Math.max(1, (int) Math.round(testShare * test.length));
			for (int i = 0; i < held; i++) {
				test[order[i]] = true;
			}
		}
		return new int[][] { IntStream.range(0, test.length).filter(r -> !test[r]).toArray(),
				IntStream.range(0, test.length).filter(r -> test[r]).toArray() };
	}

	/** At most {@code limit} of these rows, drawn without replacement, ascending. */
	static int[] sample(int[] rows, int limit, long seed) {
		if (rows.length <= limit) {
			return rows;
		}
		int[] order = shuffled(rows.length, new Random(seed));
		int[] picked = new int[limit];
		for (int i = 0; i < limit; i++) {
			picked[i] = rows[order[i]];
		}
		Arrays.sort(picked);
		return picked;
	}

	private static int[] shuffled(int n, Random random) {
		int[] order = IntStream.range(0, n).toArray();
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}
}
