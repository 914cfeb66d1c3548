package io.wearline.quality.internal;

import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntValues;
import io.wearline.data.LongValues;

/**
 * One numeric column of one table, prepared once for every metric that reads it: the values per row as doubles
 * (NaN where missing, as pandas holds them), the non-missing values sorted, and on demand the standardised
 * vectors for correlations and the bin codes for contingency tables. Sorting once per column is what keeps a
 * report of 50,000 x 25 rows within its time budget.
 */
public final class NumericColumn {
	private final double[] values;
	private final double[] sorted;
	/** The rows of the non-missing values in ascending order of value: {@code sorted[i] == values[order[i]]}. */
	private final int[] order;
	private double[] roundedSorted;
	private double[] pearsonUnit;
	private double[] spearmanUnit;
	private int[] binCodes;
	private int binCount;

	private NumericColumn(double[] values) {
		this.values = values;
		int present = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				present++;
			}
		}
		int[] rows = new int[present];
		double[] kept = new double[present];
		int k = 0;
		for (int r = 0; r < values.length; r++) {
			if (!Double.isNaN(values[r])) {
				rows[k] = r;
				kept[k++] = values[r];
			}
		}
		IndexSort.sortTogether(kept, rows);
		this.order = rows;
		this.sorted = kept;
	}

	/** The values of a DOUBLE, LONG or INT column as doubles; a NaN double counts as missing, as in pandas. */
	public static NumericColumn of(ColumnValues column) {
		return new NumericColumn(doubles(column));
	}

	/** The values of a DOUBLE, LONG or INT column as doubles, NaN where missing, unsorted: for a single pass. */
	public static double[] doubles(ColumnValues column) {
		int rows = column.size();
		double[] values = new double[rows];
		switch (column) {
			case DoubleValues doubles -> {
				for (int i = 0; i < rows; i++) {
					values[i] = doubles.get(i);
				}
			}
			case LongValues longs -> {
				for (int i = 0; i < rows; i++) {
					values[i] = longs.get(i);
				}
			}
			case IntValues ints -> {
				for (int i = 0; i < rows; i++) {
					values[i] = ints.get(i);
				}
			}
			default -> throw new IllegalArgumentException("not a numeric column: " + column.type());
		}
		if (column.missingCount() > 0) {
			for (int i = 0; i < rows; i++) {
				if (column.isMissing(i)) {
					values[i] = Double.NaN;
				}
			}
		}
		return values;
	}

	/** A column of these values (NaN missing); adopts the array. */
	public static NumericColumn of(double[] values) {
		return new NumericColumn(values);
	}

	/** The rows. */
	public int rows() {
		return values.length;
	}

	/** The value of a row, NaN when missing. */
	public double value(int row) {
		return values[row];
	}

	/** The values of all rows (NaN missing); shared, do not change. */
	public double[] values() {
		return values;
	}

	/** The non-missing values, ascending; shared, do not change. */
	public double[] sorted() {
		return sorted;
	}

	/** The rows without a value. */
	public int missing() {
		return values.length - sorted.length;
	}

	/** Whether every row has a value. */
	public boolean complete() {
		return sorted.length == values.length;
	}

	/** Whether exactly one distinct value is present (pandas' {@code nunique() == 1}). */
	public boolean constant() {
		return sorted.length > 0 && sorted[0] == sorted[sorted.length - 1];
	}

	/** The smallest value, NaN when none. */
	public double min() {
		return sorted.length == 0 ? Double.NaN : sorted[0];
	}

	/** The largest value, NaN when none. */
	public double max() {
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
	}

	/**
	 * The sorted values rounded to 14 decimals the way pandas' {@code round(14)} does (multiply by 1e14, round half
	 * to even, divide), which SDMetrics' KSComplement applies before its KS test; rounding keeps the order.
	 */
	public synchronized double[] roundedSorted() {
		if (roundedSorted == null) {
			double[] rounded = new double[sorted.length];
			for (int i = 0; i < rounded.length; i++) {
				rounded[i] = Rounding.pandas14(sorted[i]);
			}
			roundedSorted = rounded;
		}
		return roundedSorted;
	}

	/**
	 * The values centred and scaled to length 1 (Pearson) or the same of their average ranks (Spearman), so that a
	 * correlation of two complete columns is one dot product. Only for complete, non-constant columns.
	 */
	public synchronized double[] unitVector(boolean ranks) {
		if (ranks) {
			if (spearmanUnit == null) {
				spearmanUnit = Correlations.unit(Correlations.ranks(values.length, order, sorted));
			}
			return spearmanUnit;
		}
		if (pearsonUnit == null) {
			pearsonUnit = Correlations.unit(values.clone());
		}
		return pearsonUnit;
	}

	/**
	 * The bin of each row as SDMetrics' ColumnPairTrends makes it: {@code np.digitize} against
	 * {@code np.histogram_bin_edges} of this column's own non-missing values, so codes run from 1 to bins + 1 (the
	 * maximum and missing rows fall beyond the last edge). Cached for one bin count.
	 */
	public synchronized int[] binCodes(int bins) {
		if (binCodes == null || binCount != bins) {
			binCodes = Discretization.digitize(values, Discretization.histogramEdges(sorted, bins));
			binCount = bins;
		}
		return binCodes;
	}
}
