package io.wearline.quality.internal;

/**
 * Sorts row indexes by their values on primitive arrays, so that one sort of a column gives both its sorted values
 * and its ranks: {@link #sortTogether} (a quicksort of the values that carries the rows along, for columns) and
 * {@link #sort} (a stable merge sort by keys looked up per row, for sorting by several keys in turn).
 */
final class IndexSort {
	private static final int INSERTION_LIMIT = 24;

	private IndexSort() {
	}

	/**
	 * Sorts {@code values} ascending (no NaN) and applies the same moves to {@code rows}. Comparing the values
	 * where they lie, rather than through the rows, is what makes it about three times as fast as {@link #sort}.
	 */
	static void sortTogether(double[] values, int[] rows) {
		quicksort(values, rows, 0, values.length - 1);
	}

	private static void quicksort(double[] values, int[] rows, int low, int high) {
		while (high - low > INSERTION_LIMIT) {
			int middle = (low + high) >>> 1;
			// median of three, which also keeps sorted input (cycles, counters) from the quadratic case
			if (values[middle] < values[low]) {
				swap(values, rows, middle, low);
			}
			if (values[high] < values[low]) {
				swap(values, rows, high, low);
			}
			if (values[high] < values[middle]) {
				swap(values, rows, high, middle);
			}
			double pivot = values[middle];
			int i = low;
			int j = high;
			while (i <= j) {
				while (values[i] < pivot) {
					i++;
				}
				while (values[j] > pivot) {
					j--;
				}
				if (i <= j) {
					swap(values, rows, i, j);
					i++;
					j--;
				}
			}
			if (j - low < high - i) {
				quicksort(values, rows, low, j);
				low = i;
			} else {
				quicksort(values, rows, i, high);
				high = j;
			}
		}
		for (int i = low + 1; i <= high; i++) {
			double value = values[i];
			int row = rows[i];
			int j = i - 1;
			while (j >= low && values[j] > value) {
				values[j + 1] = values[j];
				rows[j + 1] = rows[j];
				j--;
			}
			values[j + 1] = value;
			rows[j + 1] = row;
		}
	}

	private static void swap(double[] values, int[] rows, int i, int j) {
		double value = values[i];
		values[i] = values[j];
		values[j] = value;
		int row = rows[i];
		rows[i] = rows[j];
		rows[j] = row;
	}

	/** Sorts {@code rows} in place so that {@code keys[rows[i]]} ascends, keeping the order of equal keys (no NaN). */
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
