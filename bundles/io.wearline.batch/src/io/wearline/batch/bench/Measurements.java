package io.wearline.batch.bench;

import java.util.Arrays;

import io.wearline.batch.Arguments;
import io.wearline.batch.UsageException;

/** What every benchmark shares: how many measured runs the user asked for, and the median of the runs. */
final class Measurements {
	static final String ITERATIONS = "--iterations";

	private Measurements() {
	}

	/** The value of {@code --iterations}, or {@code byDefault}; a usage error unless it is a whole number ≥ 1. */
	static int iterations(Arguments arguments, int byDefault) throws UsageException {
		String value = arguments.value(ITERATIONS).orElse(Integer.toString(byDefault));
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(ITERATIONS + " takes a whole number of at least 1, not '" + value + "'");
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}
}
