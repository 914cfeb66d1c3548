package io.wearline.quality.internal;

/**
 * Sorts row indexes by their values (a stable merge sort on primitive arrays), so that one sort of a column gives
 * both its sorted values and its ranks; binary searches of each value in the sorted copy cost twice as much on
 * 50,000 rows.
 */
final class IndexSort {
	private static final int INSERTION_LIMIT = 24;

	private IndexSort() {
	}

	/** Sorts {@code rows} in place so that {@code keys[rows[i]]} ascends (keys without NaN). */
	static void sort(int[] rows, double[] keys) {
		int[] buffer = rows.clone();
		mergeSort(buffer, rows, 0, rows.length, keys);
	}

	/** Sorts {@code target[from, to)}, using {@code source} (a copy of the same range) as scratch. */
	private static void mergeSort(int[] source, int[] target, int from, int to, double[] keys) {
		if (to - from <= INSERTION_LIMIT) {
			for (int i = from + 1; i < to; i++) {
				int row = target[i];
				double key = keys[row];
				int j = i - 1;
				while (j >= from && keys[target[j]] > key) {
					target[j + 1] = target[j];
					j--;
				}
				target[j + 1] = row;
			}
			return;
		}
		int middle = (from + to) >>> 1;
		mergeSort(target, source, from, middle, keys);
		mergeSort(target, source, middle, to, keys);
		int left = from;
		int right = middle;
		for (int k = from; k < to; k++) {
			if (right >= to || (left < middle && keys[source[left]] <= keys[source[right]])) {
				target[k] = source[left++];
			} else {
				target[k] = source[right++];
			}
		}
	}
}
