package io.wearline.synth.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.synth.Rows;

/**
 * The data transformer's speed on one thread, for {@code wearline bench tvae}: a generated table shaped like
 * machine data (in every group of five columns: three multi-modal sensors, a whole-number counter and a regime
 * category; plus a flag and a constant), fitted once and then transformed and inverted a few times; the best run
 * counts, so that warm-up and other load on the machine count as little as possible.
 */
public final class TransformerBenchmark {
	/**
	 * The result of a benchmark.
	 *
	 * @param rows the table's rows
	 * @param columns the table's columns
	 * @param width the numeric form's columns
	 * @param fitSeconds the duration of the fit (one run, mixtures included)
	 * @param transformSeconds the fastest transform
	 * @param inverseSeconds the fastest inverse transform (sampling the softmax spans)
	 */
	public record Result(int rows, int columns, int width, double fitSeconds, double transformSeconds,
			double inverseSeconds) {
	}

	private TransformerBenchmark() {
	}

	/**
	 * Fits a transformer on a generated table of {@code rows} rows and {@code columns} columns (at least 2), then
	 * transforms and inverts it {@code repeats} times on the calling thread.
	 */
	public static Result measure(int rows, int columns, int repeats) {
		Table table = table(rows, columns, 42);
		long start = System.nanoTime();
		DataTransformer transformer = DataTransformer.fit(table, TransformerOptions.defaults().withSeed(7));
		double fit = (System.nanoTime() - start) / 1e9;
		double bestTransform = Double.MAX_VALUE;
		double bestInverse = Double.MAX_VALUE;
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < Math.max(1, repeats); i++) {
			long before = System.nanoTime();
			Rows encoded = transformer.transform(table, i);
			long between = System.nanoTime();
			Table decoded = transformer.inverse(encoded, random);
			long after = System.nanoTime();
			if (decoded.rowCount() != rows) {
				throw new IllegalStateException("the inverse gave " + decoded.rowCount() + " rows of " + rows);
			}
			bestTransform = Math.min(bestTransform, (between - before) / 1e9);
			bestInverse = Math.min(bestInverse, (after - between) / 1e9);
		}
		return new Result(rows, columns, transformer.layout().width(), fit, bestTransform, bestInverse);
	}

	/** The benchmark's table: generated from the seed, the same for the same arguments. */
	public static Table table(int rows, int columns, long seed) {
		if (columns < 2) {
			throw new IllegalArgumentException("the benchmark's table needs at least 2 columns, not " + columns);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Column> schema = new ArrayList<>();
		List<ColumnValues> values = new ArrayList<>();
		int[] regime = new int[rows];
		for (int row = 0; row < rows; row++) {
			regime[row] = random.nextInt(3);
		}
		for (int c = 0; c < columns - 2; c++) {
			String name = "c" + (c + 1);
			switch (c % 5) {
				case 0, 1, 2 -> {
					double[] sensor = new double[rows];
					for (int row = 0; row < rows; row++) {
						sensor[row] = 100 + 20 * regime[row] + (1 + c % 3) * random.nextGaussian();
					}
					schema.add(Column.required(name, ColumnType.DOUBLE));
					values.add(ArrayColumns.doubles(sensor, rows, false));
				}
				case 3 -> {
					int[] counter = new int[rows];
					for (int row = 0; row < rows; row++) {
						counter[row] = random.nextInt(5_000);
					}
					schema.add(Column.required(name, ColumnType.INT));
					values.add(ArrayColumns.ints(counter, rows));
				}
				default -> {
					schema.add(Column.required(name, ColumnType.CATEGORICAL));
					values.add(ArrayColumns.categories(regime.clone(), List.of("idle", "cruise", "climb"), rows));
				}
			}
		}
		boolean[] failed = new boolean[rows];
		double[] constant = new double[rows];
		for (int row = 0; row < rows; row++) {
			failed[row] = random.nextDouble() < 0.02;
			constant[row] = 518.67;
		}
		schema.add(Column.required("failed", ColumnType.BOOLEAN));
		values.add(ArrayColumns.booleans(failed, rows));
		schema.add(Column.required("constant", ColumnType.DOUBLE));
		values.add(ArrayColumns.doubles(constant, rows, false));
		return ArrayColumns.table(Schema.of(schema), values);
	}
}
