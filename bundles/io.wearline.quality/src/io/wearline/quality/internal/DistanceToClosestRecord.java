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
		int[] kinds = new int[columns];
		for (int c = 0; c < columns; c++) {
			inverseRange[c] = numeric[c] ? 1 / range(reference, c) : Double.NaN;
			kinds[c] = !numeric[c] || Double.isInfinite(inverseRange[c]) ? EQUALITY
					: Double.isNaN(inverseRange[c]) ? IGNORED : SCALED;
		}
		// numbers divided by the reference range once, so that a cell's distance is min(|a - b|, 1)
		double[] scaledRows = scaled(rows, kinds, inverseRange);
		double[] scaledReference = scaled(reference, kinds, inverseRange);
		boolean missing = hasMissing(rows) || hasMissing(reference);
		double[] dcr = new double[rows.rows];
		IntStream.range(0, rows.rows).parallel().forEach(r -> dcr[r] = closest(scaledRows, r, scaledReference,
				reference.rows, columns, kinds, missing) / columns);
		return dcr;
	}

	private static final int SCALED = 0;
	private static final int EQUALITY = 1;
	private static final int IGNORED = 2;

	private static double[] scaled(RowMatrix table, int[] kinds, double[] inverseRange) {
		double[] cells = table.cells.clone();
		for (int i = 0; i < cells.length; i++) {
			int c = i % table.columns;
			if (kinds[c] == SCALED) {
				cells[i] *= inverseRange[c];
			}
		}
		return cells;
	}

	private static boolean hasMissing(RowMatrix table) {
		for (double cell : table.cells) {
			if (Double.isNaN(cell)) {
				return true;
			}
		}
		return false;
	}

	private static double closest(double[] rows, int row, double[] reference, int referenceRows, int columns,
			int[] kinds, boolean missing) {
		int base = row * columns;
		double best = Double.MAX_VALUE;
		for (int other = 0; other < referenceRows; other++) {
			int otherBase = other * columns;
			double sum = 0;
			for (int c = 0; c < columns && sum < best; c++) {
				double a = rows[base + c];
				double b = reference[otherBase + c];
				sum += missing ? distance(a, b, kinds[c]) : kinds[c] == SCALED ? Math.min(Math.abs(a - b), 1)
						: kinds[c] == EQUALITY && a != b ? 1 : 0;
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

	private static double distance(double a, double b, int kind) {
		boolean aMissing = Double.isNaN(a);
		boolean bMissing = Double.isNaN(b);
		if (aMissing || bMissing) {
			return aMissing && bMissing ? 0 : 1;
		}
		return switch (kind) {
			case SCALED -> Math.min(Math.abs(a - b), 1);
			case EQUALITY -> a == b ? 0 : 1; // categories, and numbers of a constant reference column
			default -> 0; // a reference column without values: pandas' row sum skips the NaN
		};
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
