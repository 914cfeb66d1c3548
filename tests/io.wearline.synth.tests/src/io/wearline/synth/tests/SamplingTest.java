package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.synth.Rows;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.SoftmaxChoice;

/** What the inverse transform draws from the network's probabilities. */
class SamplingTest {
	private static final int ROWS = 50_000;

	@Test
	void aOnePercentCategoryComesBackAtOnePercentWhenSampledFromItsTrueProbabilities() {
		Table table = failures(10_000, 0.01);
		DataTransformer transformer = DataTransformer.fit(table);
		ColumnPlan plan = transformer.plan("failure_mode");
		assertEquals(3, plan.width());
		int rare = plan.values().indexOf("seal_leak");
		double[] probabilities = new double[3];
		for (int j = 0; j < 3; j++) {
			probabilities[j] = share(table, plan.values().get(j));
		}
		Rows rows = NetworkOutput.constant(transformer.layout(), ROWS, plan.spans().get(0).start(), probabilities);
		Table sampled = transformer.inverse(rows, new SplittableRandom(5));
		double sampledShare = share(sampled, "seal_leak");
		assertTrue(sampledShare >= 0.0085 && sampledShare <= 0.0115, "seal_leak at " + sampledShare);
		// the reference's argmax never picks it
		Table argmax = transformer.inverse(rows, SoftmaxChoice.ARGMAX, new SplittableRandom(5));
		assertEquals(0, share(argmax, "seal_leak"));
		assertEquals(0.01, probabilities[rare], 1e-9);
	}

	@Test
	void missingValuesComeBackAtTheirShareWhenSampled() {
		double[] values = Tables.mixture(10_000, 2, new double[] { 3, 9 }, new double[] { 1, 1 },
				new double[] { 0.5, 0.5 });
		SplittableRandom random = new SplittableRandom(3);
		int missing = 0;
		for (int i = 0; i < values.length; i++) {
			if (random.nextDouble() < 0.2) {
				values[i] = Double.NaN;
				missing++;
			}
		}
		double share = missing / (double) values.length;
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(values));
		ColumnPlan plan = transformer.plan("x");
		assertTrue(plan.modelsMissing());
		int indicator = plan.spans().get(2).start();
		Rows rows = NetworkOutput.constant(transformer.layout(), ROWS, indicator, 1 - share, share);
		Table sampled = transformer.inverse(rows, new SplittableRandom(6));
		double sampledShare = sampled.column("x").missingCount() / (double) ROWS;
		assertEquals(share, sampledShare, 0.006);
		// and the rows that had a value are numbers within the data's range
		for (int row = 0; row < ROWS; row++) {
			if (!sampled.column("x").isMissing(row)) {
				double x = sampled.doubles("x").get(row);
				assertTrue(x >= plan.range().min() && x <= plan.range().max());
			}
		}
	}

	@Test
	void aMissingCategoryIsOneMoreSlotOfItsGroup() {
		Schema schema = Schema.of(Column.of("regime", ColumnType.CATEGORICAL));
		TableBuilder builder = new TableBuilder(schema);
		SplittableRandom random = new SplittableRandom(1);
		for (int row = 0; row < 5_000; row++) {
			builder.categoricals("regime").add(random.nextDouble() < 0.1 ? null : Tables.REGIMES[random.nextInt(3)]);
		}
		Table table = builder.build();
		DataTransformer transformer = DataTransformer.fit(table);
		assertEquals(4, transformer.layout().width());
		Rows rows = NetworkOutput.constant(transformer.layout(), ROWS, 0, 0.3, 0.3, 0.3, 0.1);
		Table sampled = transformer.inverse(rows, new SplittableRandom(2));
		assertEquals(0.1, sampled.column("regime").missingCount() / (double) ROWS, 0.006);
		// the generated column keeps the fitted dictionary in its order
		assertEquals(table.categoricals("regime").dictionary(), sampled.categoricals("regime").dictionary());
	}

	@Test
	void sampledModesFollowTheNetworksProbabilities() {
		double[] values = Tables.mixture(10_000, 8, new double[] { 0, 10 }, new double[] { 1, 1 },
				new double[] { 0.5, 0.5 });
		DataTransformer transformer = DataTransformer.fit(Tables.doubles(values));
		ColumnPlan plan = transformer.plan("x");
		assertEquals(2, plan.modes().size());
		int upper = plan.modes().get(0).mean() > plan.modes().get(1).mean() ? 0 : 1;
		double[] probabilities = new double[2];
		probabilities[upper] = 0.8;
		probabilities[1 - upper] = 0.2;
		Rows rows = NetworkOutput.constant(transformer.layout(), ROWS, plan.spans().get(1).start(), probabilities);
		Table sampled = transformer.inverse(rows, new SplittableRandom(3));
		long high = 0;
		for (int row = 0; row < ROWS; row++) {
			// scalar 0: the value is the chosen mode's mean
			high += sampled.doubles("x").get(row) > 5 ? 1 : 0;
		}
		assertEquals(0.8, high / (double) ROWS, 0.01);
	}

	private static Table failures(int rows, double rareShare) {
		Schema schema = Schema.of(Column.required("failure_mode", ColumnType.CATEGORICAL),
				Column.required("load", ColumnType.DOUBLE));
		TableBuilder builder = new TableBuilder(schema, rows);
		SplittableRandom random = new SplittableRandom(4);
		int rare = (int) Math.round(rows * rareShare);
		for (int row = 0; row < rows; row++) {
			String mode = row < rare ? "seal_leak" : row % 3 == 0 ? "bearing_wear" : "none";
			builder.categoricals("failure_mode").add(mode);
			builder.doubles("load").add(50 + 10 * random.nextGaussian());
		}
		return builder.build();
	}

	private static double share(Table table, String label) {
		long count = 0;
		for (int row = 0; row < table.rowCount(); row++) {
			count += label.equals(table.categoricals("failure_mode").label(row)) ? 1 : 0;
		}
		return count / (double) table.rowCount();
	}
}
