package io.wearline.quality.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Median;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.UtilityOptions;
import io.wearline.quality.UtilityResult;
import io.wearline.quality.UtilityScoring;
import io.wearline.quality.UtilityTarget;

/**
 * The quality report's speed, for {@code wearline bench quality}: a real, a synthetic and a holdout table of
 * {@code rows} x {@code columns} (numbers driven by two shared factors so that pairs correlate, two categorical
 * columns and a flag derived from them, the synthetic table slightly distorted), scored a few times. Targets: the
 * full report without utility within 2 s and the utility part within 10 s for 50,000 x 25.
 */
public final class QualityBenchmark {
	/**
	 * The result of a benchmark.
	 *
	 * @param rows the rows of each table
	 * @param columns the columns of each table
	 * @param reportSeconds the duration of each full report without utility (holdout included), in run order
	 * @param utilitySeconds the duration of each utility measurement, in run order (empty when not measured)
	 * @param overall the overall score of the last report, to show the work was done
	 */
	public record Result(int rows, int columns, double[] reportSeconds, double[] utilitySeconds, double overall) {
		/** The median report duration. */
		public double medianReportSeconds() {
			return Median.of(reportSeconds);
		}

		/** The median utility duration, NaN when not measured. */
		public double medianUtilitySeconds() {
			return Median.of(utilitySeconds);
		}
	}

	private QualityBenchmark() {
	}

	/**
	 * Scores the benchmark tables {@code repeats} times on the calling thread (the scoring itself uses the common
	 * fork-join pool); with {@code utility}, measures utility as often.
	 */
	public static Result measure(int rows, int columns, int repeats, boolean utility) {
		Table real = table(rows, columns, 1, 0);
		Table synthetic = table(rows, columns, 2, 0.15);
		Table holdout = table(rows, columns, 3, 0);
		ScoringOptions options = ScoringOptions.defaults();
		int runs = Math.max(1, repeats);
		double[] report = new double[runs];
		double[] training = new double[utility ? runs : 0];
		double overall = Double.NaN;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			overall = QualityScoring.score(real, synthetic, holdout, options, null).overall();
			report[i] = (System.nanoTime() - start) / 1e9;
			if (utility) {
				start = System.nanoTime();
				UtilityOptions targets = UtilityOptions.defaults().withTargets(List.of(
						new UtilityTarget("x1", UtilityResult.Task.REGRESSION),
						new UtilityTarget("flag", UtilityResult.Task.CLASSIFICATION)));
				UtilityScoring.score(real, synthetic, holdout, targets, null);
				training[i] = (System.nanoTime() - start) / 1e9;
			}
		}
		return new Result(rows, columns, report, training, overall);
	}

	/**
	 * A benchmark table: {@code unit} (INT, 200 rows each), {@code cycle} (INT), {@code regime} and {@code grade}
	 * (CATEGORICAL), {@code flag} (BOOLEAN) and numbers x1, x2, ... up to {@code columns} columns. {@code distortion}
	 * scales and shifts the numbers of a synthetic table a little.
	 */
	public static Table table(int rows, int columns, long seed, double distortion) {
		Random random = new Random(seed);
		List<Column> schema = new ArrayList<>();
		List<ColumnValues> values = new ArrayList<>();
		int[] unit = new int[rows];
		int[] cycle = new int[rows];
		double[] wear = new double[rows];
		for (int r = 0; r < rows; r++) {
			unit[r] = r / 200;
			cycle[r] = r % 200 + 1;
			wear[r] = cycle[r] / 200.0 + 0.1 * random.nextGaussian();
		}
		add(schema, values, Column.required("unit", ColumnType.INT), ArrayColumns.ints(unit, rows));
		add(schema, values, Column.required("cycle", ColumnType.INT), ArrayColumns.ints(cycle, rows));
		int[] regime = new int[rows];
		int[] grade = new int[rows];
		boolean[] flag = new boolean[rows];
		double[] load = new double[rows];
		for (int r = 0; r < rows; r++) {
			regime[r] = random.nextInt(3);
			load[r] = regime[r] + random.nextGaussian();
			grade[r] = wear[r] < 0.33 ? 0 : wear[r] < 0.66 ? 1 : 2;
			flag[r] = wear[r] > 0.9;
		}
		add(schema, values, Column.required("regime", ColumnType.CATEGORICAL),
				ArrayColumns.categories(regime, List.of("idle", "cruise", "climb"), rows));
		add(schema, values, Column.required("grade", ColumnType.CATEGORICAL),
				ArrayColumns.categories(grade, List.of("new", "worn", "bad"), rows));
		add(schema, values, Column.required("flag", ColumnType.BOOLEAN), ArrayColumns.booleans(flag, rows));
		for (int k = 1; schema.size() < columns; k++) {
			double[] x = new double[rows];
			double a = Math.sin(k);
			double b = Math.cos(k);
			for (int r = 0; r < rows; r++) {
				x[r] = (1 + distortion) * (10 * a * wear[r] + b * load[r]) + random.nextGaussian() + distortion;
			}
			add(schema, values, Column.of("x" + k, ColumnType.DOUBLE), ArrayColumns.doubles(x, rows, true));
		}
		return ArrayColumns.table(Schema.of(schema), values);
	}

	private static void add(List<Column> schema, List<ColumnValues> values, Column column, ColumnValues columnValues) {
		schema.add(column);
		values.add(columnValues);
	}
}
