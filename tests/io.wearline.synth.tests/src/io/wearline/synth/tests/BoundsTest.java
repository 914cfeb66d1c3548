package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;
import io.wearline.model.WearlineFactory;
import io.wearline.synth.Rows;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.TransformerOptions;
import io.wearline.synth.transform.UnusableDataException;
import io.wearline.synth.transform.ValueBounds;

/** Generated values stay within the fitted data's range and the profile's bounds. */
class BoundsTest {
	private static final double[] MEANS = { 20, 60 };
	private static final double[] STDS = { 5, 8 };
	private static final double[] WEIGHTS = { 0.5, 0.5 };

	@Test
	void withoutBoundsValuesStayWithinTheFittedRange() {
		Table table = Tables.doubles(Tables.mixture(5_000, 1, MEANS, STDS, WEIGHTS));
		DataTransformer transformer = DataTransformer.fit(table);
		ColumnPlan plan = transformer.plan("x");
		assertEquals(table.statistics("x").min(), plan.range().min());
		assertEquals(table.statistics("x").max(), plan.range().max());
		// extreme scalars (+-1 is 4 standard deviations of a mode) would leave the range without the clip
		Table generated = transformer.inverse(extremes(transformer), new SplittableRandom(1));
		boolean atMin = false;
		boolean atMax = false;
		for (int row = 0; row < generated.rowCount(); row++) {
			double x = generated.doubles("x").get(row);
			assertTrue(plan.range().contains(x), x + " outside " + plan.range());
			atMin |= x == plan.range().min();
			atMax |= x == plan.range().max();
		}
		assertTrue(atMin && atMax, "the extremes reach both ends of the range");
	}

	@Test
	void theProfilesBoundsCutTheRange() {
		Table table = Tables.doubles(Tables.mixture(5_000, 2, MEANS, STDS, WEIGHTS));
		TransformerOptions options = TransformerOptions.defaults().withBounds(Map.of("x", new ValueBounds(10, 65)));
		DataTransformer transformer = DataTransformer.fit(table, options);
		assertEquals(new ValueBounds(10, 65), transformer.plan("x").range());
		Table generated = transformer.inverse(NetworkOutput.random(transformer.layout(), 20_000, 3),
				new SplittableRandom(2));
		for (int row = 0; row < generated.rowCount(); row++) {
			double x = generated.doubles("x").get(row);
			assertTrue(x >= 10 && x <= 65, Double.toString(x));
		}
	}

	@Test
	void boundsComeFromTheProfilesSensors() {
		MachineProfile profile = WearlineFactory.eINSTANCE.createMachineProfile();
		Sensor bearing = WearlineFactory.eINSTANCE.createSensor();
		bearing.setId("x");
		bearing.setMin(0);
		bearing.setMax(50);
		Sensor unset = WearlineFactory.eINSTANCE.createSensor();
		unset.setId("y");
		profile.getSensors().add(bearing);
		profile.getSensors().add(unset);
		Map<String, ValueBounds> bounds = ValueBounds.ofSensors(profile);
		assertEquals(Map.of("x", new ValueBounds(0, 50)), bounds);
		Table table = Tables.doubles(Tables.mixture(5_000, 4, MEANS, STDS, WEIGHTS));
		DataTransformer transformer = DataTransformer.fit(table, TransformerOptions.defaults().withBounds(bounds));
		Table generated = transformer.inverse(extremes(transformer), new SplittableRandom(2));
		for (int row = 0; row < generated.rowCount(); row++) {
			assertTrue(generated.doubles("x").get(row) <= 50);
		}
	}

	@Test
	void dataWhollyOutsideItsBoundsIsRefused() {
		Table table = Tables.doubles(Tables.mixture(2_000, 5, MEANS, STDS, WEIGHTS));
		TransformerOptions options = TransformerOptions.defaults()
				.withBounds(Map.of("x", new ValueBounds(500, 600)));
		UnusableDataException refusal = assertThrows(UnusableDataException.class,
				() -> DataTransformer.fit(table, options));
		assertEquals("x", refusal.column());
		assertTrue(refusal.getMessage().contains("[500, 600]"), refusal.getMessage());
	}

	/** Output whose scalars are all -1 or +1, in every mode. */
	private static Rows extremes(DataTransformer transformer) {
		Rows rows = NetworkOutput.random(transformer.layout(), 4_000, 9);
		for (int row = 0; row < rows.count(); row++) {
			rows.set(row, 0, row % 2 == 0 ? -1 : 1);
		}
		return rows;
	}
}
