package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.quality.internal.Correlations;
import io.wearline.quality.internal.NumericColumn;

/** The one sort per column and the ranks taken from it, against plain definitions. */
class ColumnPreparationTest {

	@ParameterizedTest
	@ValueSource(strings = { "random", "ties", "sorted", "reversed", "constant", "gaps" })
	void sortedValuesAndSpearmanRanksMatchTheirDefinitions(String shape) {
		double[] x = values(shape, 3);
		double[] y = values("random", 4);
		NumericColumn column = NumericColumn.of(x.clone());
		double[] expected = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
		assertArrayEquals(expected, column.sorted());
		if (column.complete() && !column.constant()) {
			double spearman = Correlations.of(column, NumericColumn.of(y.clone()), true);
			assertEquals(pearson(averageRanks(x), averageRanks(y)), spearman, 1e-12, shape);
		}
	}

	private static double[] values(String shape, long seed) {
		Random random = new Random(seed);
		double[] values = new double[300];
		for (int i = 0; i < values.length; i++) {
			values[i] = switch (shape) {
				case "ties" -> random.nextInt(7);
				case "sorted" -> i / 3;
				case "reversed" -> -i;
				case "constant" -> 2.5;
				case "gaps" -> i % 10 == 0 ? Double.NaN : random.nextGaussian();
				default -> random.nextGaussian();
			};
		}
		return values;
	}

	/** scipy's rankdata(method='average'), by counting. */
	private static double[] averageRanks(double[] x) {
		double[] ranks = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			int below = 0;
			int equal = 0;
			for (double v : x) {
				below += v < x[i] ? 1 : 0;
				equal += v == x[i] ? 1 : 0;
			}
			ranks[i] = below + (equal + 1) / 2.0;
		}
		return ranks;
	}

	private static double pearson(double[] x, double[] y) {
		double mx = Arrays.stream(x).average().orElseThrow();
		double my = Arrays.stream(y).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}
}
