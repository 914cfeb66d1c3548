package io.wearline.quality.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wearline.quality.ColumnKind;
import io.wearline.quality.ColumnResult;
import io.wearline.quality.Coefficient;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityReport;

/**
 * The real and synthetic correlation matrices of a report's numeric columns, with the report's coefficient, read
 * from its pairs. A cell is NaN where the correlation is undefined (a constant or empty column); the diagonal is 1
 * for a column with any correlation defined.
 *
 * @param columns the numeric columns, in the real table's order
 * @param real the real correlations
 * @param synthetic the synthetic correlations
 */
record CorrelationMatrices(List<String> columns, double[][] real, double[][] synthetic) {

	static CorrelationMatrices of(QualityReport report) {
		Coefficient coefficient = report.options().coefficient();
		List<String> columns = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		for (ColumnResult column : report.columns()) {
			if (column.kind() == ColumnKind.NUMERICAL) {
				index.put(column.column(), columns.size());
				columns.add(column.column());
			}
		}
		int n = columns.size();
		double[][] real = nanMatrix(n);
		double[][] synthetic = nanMatrix(n);
		for (PairResult pair : report.pairs()) {
			Integer i = index.get(pair.column1());
			Integer j = index.get(pair.column2());
			if (i == null || j == null || !PairResult.CORRELATION.equals(pair.metric())) {
				continue;
			}
			real[i][j] = real[j][i] = pair.realCorrelation(coefficient);
			synthetic[i][j] = synthetic[j][i] = pair.syntheticCorrelation(coefficient);
		}
		for (int i = 0; i < n; i++) {
			real[i][i] = definedAnywhere(real[i], i) ? 1 : Double.NaN;
			synthetic[i][i] = definedAnywhere(synthetic[i], i) ? 1 : Double.NaN;
		}
		return new CorrelationMatrices(columns, real, synthetic);
	}

	/** Synthetic minus real, NaN where either is NaN. */
	double[][] difference() {
		int n = columns.size();
		double[][] difference = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				difference[i][j] = synthetic[i][j] - real[i][j];
			}
		}
		return difference;
	}

	private static boolean definedAnywhere(double[] row, int self) {
		for (int j = 0; j < row.length; j++) {
			if (j != self && !Double.isNaN(row[j])) {
				return true;
			}
		}
		return row.length == 1;
	}

	private static double[][] nanMatrix(int n) {
		double[][] matrix = new double[n][n];
		for (double[] row : matrix) {
			java.util.Arrays.fill(row, Double.NaN);
		}
		return matrix;
	}
}
