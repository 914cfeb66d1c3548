package io.wearline.quality.internal;

import java.util.stream.IntStream;

/**
 * SDMetrics' {@code calculate_dcr}: for each row of a table, the smallest mean per-column distance to a row of a
 * reference table. A number's distance is |a - b| over the reference column's range, capped at 1 (0 or 1 when the
 * range is 0); a code's is 0 or 1; a value against a missing one is 1, two missing values 0. The rows are
 * independent, so they run in parallel; a reference row is abandoned as soon as its partial sum cannot beat the
 * best so far, which keeps the exact answer at a fraction of the cost.
 */
final class DistanceToClosestRecord {
	private DistanceToClosestRecord() {
	}

	/** The DCR of every row of {@code rows} to {@code reference}; {@code numeric[c]} tells the kind of column c. */
	static double[] of(RowMatrix rows, RowMatrix reference, boolean[] numeric) {
		int columns = rows.columns;
		double[] inverseRange = new double[columns];
		for (int c = 0; c < columns; c++) {
			inverseRange[c] = numeric[c] ? 1 / range(reference, c) : Double.NaN;
		}
		double[] dcr = new double[rows.rows];
		IntStream.range(0, rows.rows).parallel().forEach(r -> dcr[r] = closest(rows, r, reference, numeric,
				inverseRange) / columns);
		return dcr;
	}

	private static double closest(RowMatrix rows, int row, RowMatrix reference, boolean[] numeric,
			double[] inverseRange) {
		int columns = rows.columns;
		int base = row * columns;
		double best = Double.MAX_VALUE;
		for (int other = 0; other < reference.rows; other++) {
			int otherBase = other * columns;
			double sum = 0;
			for (int c = 0; c < columns && sum < best; c++) {
				sum += distance(rows.cells[base + c], reference.cells[otherBase + c], numeric[c], inverseRange[c]);
			}
			if (sum < best) {
				best = sum;
				if (best == 0) {
					break;
				}
			}
		}
		return best;
	}

	private static double distance(double a, double b, boolean numeric, double inverseRange) {
		boolean aMissing = Double.isNaN(a);
		boolean bMissing = Double.isNaN(b);
		if (aMissing || bMissing) {
			return aMissing && bMissing ? 0 : 1;
		}
		if (!numeric) {
			return a == b ? 0 : 1;
		}
		if (Double.isInfinite(inverseRange)) {
			return a == b ? 0 : 1; // a constant reference column
		}
		if (Double.isNaN(inverseRange)) {
			return 0; // a reference column without values: pandas' row sum skips the NaN
		}
		return Math.min(Math.abs(a - b) * inverseRange, 1);
	}

	private static double range(RowMatrix table, int column) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int r = 0; r < table.rows; r++) {
			double v = table.cells[r * table.columns + column];
			if (!Double.isNaN(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		return min > max ? Double.NaN : max - min;
	}
}
