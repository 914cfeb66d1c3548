package io.wearline.synth.internal.transform;

/**
 * The distinct values of sorted arrays: how many there are, which they are, and an evenly spaced selection of them
 * when there are too many to keep.
 */
final class DistinctValues {
	private DistinctValues() {
	}

	/** How many distinct values a sorted array has. */
	static int count(double[] sorted) {
		int distinct = sorted.length == 0 ? 0 : 1;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] != sorted[i - 1]) {
				distinct++;
			}
		}
		return distinct;
	}

	/** How many distinct values a sorted array has. */
	static int count(long[] sorted) {
		int distinct = sorted.length == 0 ? 0 : 1;
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] != sorted[i - 1]) {
				distinct++;
			}
		}
		return distinct;
	}

	/** The distinct values of a sorted array, ascending. */
	static double[] of(double[] sorted) {
		double[] unique = new double[count(sorted)];
		int next = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				unique[next++] = sorted[i];
			}
		}
		return unique;
	}

	/** The distinct values of a sorted array, ascending. */
	static long[] of(long[] sorted) {
		long[] unique = new long[count(sorted)];
		int next = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				unique[next++] = sorted[i];
			}
		}
		return unique;
	}

	/** At most {@code limit} of the values, at evenly spaced ranks, the first and the last included. */
	static double[] thin(double[] unique, int limit) {
		if (unique.length <= limit) {
			return unique;
		}
		double[] thinned = new double[limit];
		for (int i = 0; i < limit; i++) {
			thinned[i] = unique[(int) ((long) i * (unique.length - 1) / (limit - 1))];
		}
		return thinned;
	}

	/** At most {@code limit} of the values, at evenly spaced ranks, the first and the last included. */
	static long[] thin(long[] unique, int limit) {
		if (unique.length <= limit) {
			return unique;
		}
		long[] thinned = new long[limit];
		for (int i = 0; i < limit; i++) {
			thinned[i] = unique[(int) ((long) i * (unique.length - 1) / (limit - 1))];
		}
		return thinned;
	}
}
