package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.wearline.data.ColumnStatistics;
import io.wearline.data.ColumnType;
import io.wearline.data.Table;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;

/** inverse(transform(t)) gives t back, for every column type and treatment. */
class RoundTripTest {
	private static Table table;
	private static DataTransformer transformer;

	@BeforeAll
	static void fit() {
		table = Tables.everyType(4_000, 1);
		transformer = DataTransformer.fit(table);
	}

	@Test
	void eachColumnGetsTheTreatmentItsDataAsksFor() {
		Map<String, Treatment> expected = Map.ofEntries(Map.entry("vibration", Treatment.CONTINUOUS),
				Map.entry("temperature", Treatment.CONTINUOUS), Map.entry("cycle", Treatment.CONTINUOUS),
				Map.entry("time", Treatment.CONTINUOUS), Map.entry("unit", Treatment.DISCRETE),
				Map.entry("setting", Treatment.DISCRETE), Map.entry("regime", Treatment.CATEGORICAL),
				Map.entry("note", Treatment.CATEGORICAL), Map.entry("failed", Treatment.CATEGORICAL),
				Map.entry("altitude", Treatment.CONSTANT), Map.entry("pressure", Treatment.NEAR_CONSTANT),
				Map.entry("comment", Treatment.ALL_MISSING));
		for (ColumnPlan plan : transformer.plans()) {
			assertEquals(expected.get(plan.column().name()), plan.treatment(), plan.column().name());
		}
	}

	@Test
	void theLayoutIsTheColumnsSpansInSchemaOrder() {
		int next = 0;
		int spans = 0;
		for (ColumnPlan plan : transformer.plans()) {
			for (Span span : plan.spans()) {
				assertEquals(next, span.start(), plan.column().name());
				next = span.end();
				spans++;
			}
		}
		assertEquals(next, transformer.layout().width());
		assertEquals(spans, transformer.layout().spans().size());
		ColumnPlan vibration = transformer.plan("vibration");
		// scalar, modes, missing indicator
		assertEquals(Span.Kind.SCALAR, vibration.spans().get(0).kind());
		assertEquals(vibration.modes().size(), vibration.spans().get(1).width());
		assertEquals(2, vibration.spans().get(2).width());
		// three regimes; note: two labels and a slot for missing; constant, near-constant, all-missing: no spans
		assertEquals(3, transformer.plan("regime").width());
		assertEquals(3, transformer.plan("note").width());
		assertEquals(0, transformer.plan("altitude").width() + transformer.plan("pressure").width()
				+ transformer.plan("comment").width());
	}

	@Test
	void aCategorysSlotIsWhereItsOneHotColumnIs() {
		ColumnPlan regime = transformer.plan("regime");
		Rows rows = transformer.transform(table, 1);
		for (int row = 0; row < 50; row++) {
			String label = table.categoricals("regime").label(row);
			assertEquals(1, rows.get(row, regime.slotOf(label)));
		}
		assertEquals(-1, regime.slotOf("dive"));
		assertEquals(-1, transformer.plan("altitude").slotOf("518.67"));
		assertEquals(transformer.plan("failed").spans().get(0).start() + 1, transformer.plan("failed").slotOf("true"));
	}

	@Test
	void theEncodingIsTanhScalarsAndOneHotGroups() {
		Rows rows = transformer.transform(table, 3);
		assertEquals(table.rowCount(), rows.count());
		for (int row = 0; row < rows.count(); row++) {
			for (Span span : transformer.layout().spans()) {
				if (span.kind() == Span.Kind.SCALAR) {
					assertTrue(Math.abs(rows.get(row, span.start())) <= 0.99f);
				} else {
					float sum = 0;
					for (int j = span.start(); j < span.end(); j++) {
						float v = rows.get(row, j);
						assertTrue(v == 0 || v == 1);
						sum += v;
					}
					assertEquals(1, sum);
				}
			}
		}
	}

	@Test
	void theInverseOfTheTransformIsTheTable() {
		for (SoftmaxChoice choice : SoftmaxChoice.values()) {
			Table back = transformer.inverse(transformer.transform(table, 5), choice, new SplittableRandom(9));
			assertEquals(table.schema(), back.schema());
			assertEquals(table.rowCount(), back.rowCount());
			for (int c = 0; c < table.columnCount(); c++) {
				String name = table.schema().column(c).name();
				ColumnStatistics stats = table.statistics(name);
				// the scalar is a float: 24 bits over 8 standard deviations of a mode, well inside 1e-6 of the range
				double tolerance = Double.isNaN(stats.max()) ? 0 : 1e-6 * Math.max(1, stats.max() - stats.min());
				for (int row = 0; row < table.rowCount(); row++) {
					Object expected = table.value(row, c);
					Object actual = back.value(row, c);
					if (expected instanceof Double x && table.schema().column(c).type() == ColumnType.DOUBLE
							&& name.equals("pressure")) {
						// near-constant: drawn again from the values seen, not row by row
						assertTrue(x == 100.0 || x == Math.nextUp(100.0));
						assertTrue(actual.equals(100.0) || actual.equals(Math.nextUp(100.0)), actual.toString());
					} else if (expected instanceof Double x) {
						assertEquals(x, (Double) actual, tolerance, name + " row " + row);
					} else if (expected instanceof Long x && name.equals("time")) {
						assertEquals(x.doubleValue(), ((Long) actual).doubleValue(), tolerance, name + " row " + row);
					} else {
						assertEquals(expected, actual, name + " row " + row + " (" + choice + ")");
					}
				}
			}
		}
	}

	@Test
	void integersComeBackAsWholeNumbersOfTheirTypeForAnyNetworkOutput() {
		Rows noise = NetworkOutput.random(transformer.layout(), 2_000, 17);
		Table generated = transformer.inverse(noise, new SplittableRandom(4));
		assertEquals(ColumnType.INT, generated.schema().column("cycle").type());
		assertEquals(ColumnType.LONG, generated.schema().column("time").type());
		ColumnStatistics cycles = table.statistics("cycle");
		for (int row = 0; row < generated.rowCount(); row++) {
			int cycle = generated.ints("cycle").get(row);
			assertTrue(cycle >= cycles.min() && cycle <= cycles.max(), "cycle " + cycle);
			int unit = generated.ints("unit").get(row);
			assertTrue(unit >= 1 && unit <= 10, "unit " + unit);
		}
	}

	@Test
	void aConstantColumnComesBackExactlyWhateverTheNetworkSays() {
		Table generated = transformer.inverse(NetworkOutput.random(transformer.layout(), 1_000, 23),
				new SplittableRandom(8));
		for (int row = 0; row < generated.rowCount(); row++) {
			assertEquals(518.67, generated.doubles("altitude").get(row));
			assertTrue(generated.column("comment").isMissing(row));
		}
	}

	@Test
	void aNearConstantColumnIsDrawnAtTheFrequenciesOfItsValues() {
		Table generated = transformer.inverse(NetworkOutput.random(transformer.layout(), 20_000, 29),
				new SplittableRandom(8));
		long up = 0;
		for (int row = 0; row < generated.rowCount(); row++) {
			double x = generated.doubles("pressure").get(row);
			assertTrue(x == 100.0 || x == Math.nextUp(100.0), Double.toString(x));
			up += x == 100.0 ? 0 : 1;
		}
		double real = countOf(table, Math.nextUp(100.0)) / (double) table.rowCount();
		assertEquals(real, up / 20_000.0, 0.02);
	}

	private static long countOf(Table table, double value) {
		long count = 0;
		for (int row = 0; row < table.rowCount(); row++) {
			count += table.doubles("pressure").get(row) == value ? 1 : 0;
		}
		return count;
	}
}
