package io.wearline.batch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Schema;
import io.wearline.data.Table;

/**
 * A table shaped like the AI4I 2020 predictive maintenance data set of a milling machine (Matzka, 2020; UCI), made
 * from a seed so that every benchmark run learns the same rows: the product quality type (L/M/H at 60/30/10%),
 * air and process temperature as slow random walks around 300 K and 310 K, a right-skewed rotational speed around
 * 1,540 rpm, a torque around 40 Nm that falls as the speed rises, the tool wear of a tool replaced every 200 to
 * 240 minutes, and the data set's five failure rules: tool wear failure (TWF) at some replacements, heat
 * dissipation (HDF) when the temperature difference is under 8.6 K at under 1,380 rpm, power (PWF) outside 3,500
 * to 9,000 W, overstrain (OSF) when wear times torque passes the type's limit, and random failures (RNF, 0.1%);
 * machine failure when any of them happened (about 3.5% of the rows).
 */
final class MillingTable {
	static final String[] TYPES = { "L", "M", "H" };
	/** Tool wear added by one process, by type (minutes). */
	private static final int[] WEAR_STEP = { 2, 3, 5 };
	/** Wear times torque beyond which the tool overstrains, by type (minute newton-metres). */
	private static final double[] OVERSTRAIN = { 11_000, 12_000, 13_000 };

	private MillingTable() {
	}

	/** The table of {@code rows} rows drawn from {@code seed}: the same for the same arguments. */
	static Table generate(int rows, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] type = new int[rows];
		double[] air = new double[rows];
		double[] process = new double[rows];
		int[] speed = new int[rows];
		double[] torque = new double[rows];
		int[] wear = new int[rows];
		int[][] failures = new int[6][rows];
		double airWalk = 0;
		double processWalk = 0;
		double replaceAt = nextReplacement(random);
		int toolWear = 0;
		for (int row = 0; row < rows; row++) {
			double u = random.nextDouble();
			int t = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
			type[row] = t;
			// AR(1) walks of unit variance: neighbouring rows are close, as in the data's time order
			airWalk = 0.995 * airWalk + 0.0999 * random.nextGaussian();
			processWalk = 0.99 * processWalk + 0.141 * random.nextGaussian();
			air[row] = tenth(300 + 2 * airWalk);
			process[row] = tenth(air[row] + 10 + 0.8 * processWalk);
			// a log-normal speed, standardised: skewed to the right like the data's (1,168 to 2,886 rpm)
			double skewed = (Math.exp(0.35 * random.nextGaussian()) - 1.063) / 0.384;
			speed[row] = (int) Math.round(1540 + 180 * skewed);
			// falls with the speed, less steeply at high speed (the power stays in range), plus noise of its own
			torque[row] = tenth(Math.max(3.8, 40 - 8.8 * skewed + (skewed * skewed - 1) + 4.8 * random.nextGaussian()));
			toolWear += WEAR_STEP[t];
			boolean toolFailure = false;
			if (toolWear >= replaceAt) {
				// the data set's tool is replaced 69 times and fails 51 times at its replacement wear
				toolFailure = random.nextDouble() < 51.0 / 120;
				wear[row] = toolWear;
				toolWear = 0;
				replaceAt = nextReplacement(random);
			} else {
				wear[row] = toolWear;
			}
			double power = torque[row] * speed[row] * 2 * Math.PI / 60;
			boolean heat = process[row] - air[row] < 8.6 && speed[row] < 1380;
			boolean powerFailure = power < 3500 || power > 9000;
			boolean overstrain = wear[row] * torque[row] > OVERSTRAIN[t];
			boolean randomFailure = random.nextDouble() < 0.001;
			failures[1][row] = toolFailure ? 1 : 0;
			failures[2][row] = heat ? 1 : 0;
			failures[3][row] = powerFailure ? 1 : 0;
			failures[4][row] = overstrain ? 1 : 0;
			failures[5][row] = randomFailure ? 1 : 0;
			failures[0][row] = toolFailure || heat || powerFailure || overstrain || randomFailure ? 1 : 0;
		}
		List<Column> columns = new ArrayList<>();
		List<ColumnValues> values = new ArrayList<>();
		columns.add(Column.required("type", ColumnType.CATEGORICAL));
		values.add(ArrayColumns.categories(type, List.of(TYPES), rows));
		columns.add(Column.required("air_temperature", ColumnType.DOUBLE));
		values.add(ArrayColumns.doubles(air, rows, false));
		columns.add(Column.required("process_temperature", ColumnType.DOUBLE));
		values.add(ArrayColumns.doubles(process, rows, false));
		columns.add(Column.required("rotational_speed", ColumnType.INT));
		values.add(ArrayColumns.ints(speed, rows));
		columns.add(Column.required("torque", ColumnType.DOUBLE));
		values.add(ArrayColumns.doubles(torque, rows, false));
		columns.add(Column.required("tool_wear", ColumnType.INT));
		values.add(ArrayColumns.ints(wear, rows));
		String[] flags = { "machine_failure", "twf", "hdf", "pwf", "osf", "rnf" };
		for (int f = 0; f < flags.length; f++) {
			columns.add(Column.required(flags[f], ColumnType.INT));
			values.add(ArrayColumns.ints(failures[f], rows));
		}
		return ArrayColumns.table(Schema.of(columns), values);
	}

	private static double nextReplacement(SplittableRandom random) {
		return 200 + 40 * random.nextDouble();
	}

	private static double tenth(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
