package io.wearline.synth.tests;

import java.util.SplittableRandom;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;

/** Generated tables whose true distributions the tests know. */
final class Tables {
	static final String[] REGIMES = { "idle", "cruise", "climb" };

	private Tables() {
	}

	/**
	 * A table with a column of every type and treatment: a two-mode sensor with 5% missing values, a temperature,
	 * a whole-number counter (INT, many values), a timestamp (LONG), a unit number (INT, few values), a discrete
	 * DOUBLE setting, a regime (CATEGORICAL), an operator note (STRING with missing values), a failure flag
	 * (BOOLEAN), a constant, a near-constant and an all-missing column.
	 */
	static Table everyType(int rows, long seed) {
		Schema schema = Schema.of(Column.of("vibration", ColumnType.DOUBLE),
				Column.required("temperature", ColumnType.DOUBLE), Column.required("cycle", ColumnType.INT),
				Column.required("time", ColumnType.LONG), Column.required("unit", ColumnType.INT),
				Column.required("setting", ColumnType.DOUBLE), Column.required("regime", ColumnType.CATEGORICAL),
				Column.of("note", ColumnType.STRING), Column.required("failed", ColumnType.BOOLEAN),
				Column.required("altitude", ColumnType.DOUBLE), Column.required("pressure", ColumnType.DOUBLE),
				Column.of("comment", ColumnType.STRING));
		SplittableRandom random = new SplittableRandom(seed);
		TableBuilder builder = new TableBuilder(schema, rows);
		for (int row = 0; row < rows; row++) {
			int regime = random.nextInt(3);
			if (random.nextDouble() < 0.05) {
				builder.doubles("vibration").addMissing();
			} else {
				builder.doubles("vibration").add(random.nextBoolean() ? random.nextGaussian() * 0.5 + 2
						: random.nextGaussian() * 0.3 + 7);
			}
			builder.doubles("temperature").add(500 + 40 * regime + 3 * random.nextGaussian());
			builder.ints("cycle").add(random.nextInt(400));
			builder.longs("time").add(1_700_000_000_000L + random.nextLong(86_400_000L));
			builder.ints("unit").add(1 + random.nextInt(10));
			builder.doubles("setting").add(random.nextDouble() < 0.98 ? 21.61 : 21.6);
			builder.categoricals("regime").add(REGIMES[regime]);
			double draw = random.nextDouble();
			builder.strings("note").add(draw < 0.1 ? null : draw < 0.6 ? "ok" : "check bearing");
			builder.booleans("failed").add(random.nextDouble() < 0.03);
			builder.doubles("altitude").add(518.67);
			builder.doubles("pressure").add(random.nextBoolean() ? 100.0 : Math.nextUp(100.0));
			builder.strings("comment").addMissing();
		}
		return builder.build();
	}

	/** One DOUBLE column "x" of these values; NaN is a missing value. */
	static Table doubles(double... values) {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("x", ColumnType.DOUBLE)), values.length);
		for (double value : values) {
			if (Double.isNaN(value)) {
				builder.doubles("x").addMissing();
			} else {
				builder.doubles("x").add(value);
			}
		}
		return builder.build();
	}

	/** {@code n} values of a mixture of normal distributions: means, standard deviations and weights. */
	static double[] mixture(int n, long seed, double[] means, double[] stds, double[] weights) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			double draw = random.nextDouble();
			int c = 0;
			double cumulative = weights[0];
			while (draw >= cumulative && c < weights.length - 1) {
				cumulative += weights[++c];
			}
			values[i] = means[c] + stds[c] * random.nextGaussian();
		}
		return values;
	}
}
