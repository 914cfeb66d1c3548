package io.wearline.batch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.CategoricalValues;
import io.wearline.data.Column;
import io.wearline.data.IntValues;
import io.wearline.data.Table;

/** The AI4I-shaped table has the data set's shape, shares and failure rules, and follows from its seed. */
class MillingTableTest {
	private static final Table TABLE = MillingTable.generate(10_000, 42);

	@Test
	void hasTheColumnsOfTheDataSet() {
		assertEquals(List.of("type", "air_temperature", "process_temperature", "rotational_speed", "torque",
				"tool_wear", "machine_failure", "twf", "hdf", "pwf", "osf", "rnf"),
				TABLE.schema().columns().stream().map(Column::name).toList());
		assertEquals(10_000, TABLE.rowCount());
	}

	@Test
	void theValuesLieWhereTheDataSetsDo() {
		assertEquals(300, TABLE.statistics("air_temperature").mean(), 1);
		assertEquals(310, TABLE.statistics("process_temperature").mean(), 1);
		assertEquals(1540, TABLE.statistics("rotational_speed").mean(), 20);
		assertEquals(40, TABLE.statistics("torque").mean(), 1);
		// a tool is replaced at 200 to 240 minutes, at most one process (5 minutes) late
		assertTrue(TABLE.statistics("tool_wear").max() <= 245);
		// the speed is skewed to the right: its median is below its mean
		assertTrue(TABLE.statistics("rotational_speed").median() < TABLE.statistics("rotational_speed").mean());
		CategoricalValues type = TABLE.categoricals("type");
		int[] counts = new int[3];
		for (int row = 0; row < TABLE.rowCount(); row++) {
			counts[type.code(row)]++;
		}
		assertEquals(0.6, counts[0] / 10_000.0, 0.02);
		assertEquals(0.3, counts[1] / 10_000.0, 0.02);
		assertEquals(0.1, counts[2] / 10_000.0, 0.02);
	}

	@Test
	void failuresAreRareAndAMachineFailureIsAnyOfThem() {
		double[] shares = new double[6];
		String[] flags = { "machine_failure", "twf", "hdf", "pwf", "osf", "rnf" };
		for (int row = 0; row < TABLE.rowCount(); row++) {
			boolean any = false;
			for (int f = 1; f < flags.length; f++) {
				any |= TABLE.ints(flags[f]).get(row) == 1;
			}
			assertEquals(any ? 1 : 0, TABLE.ints("machine_failure").get(row), "row " + row);
			for (int f = 0; f < flags.length; f++) {
				shares[f] += TABLE.ints(flags[f]).get(row) / (double) TABLE.rowCount();
			}
		}
		assertEquals(0.035, shares[0], 0.015);
		for (int f = 1; f < flags.length; f++) {
			assertTrue(shares[f] > 0 && shares[f] < 0.02, flags[f] + " at " + shares[f]);
		}
		// the heat dissipation rule of the data set
		IntValues hdf = TABLE.ints("hdf");
		for (int row = 0; row < TABLE.rowCount(); row++) {
			boolean heat = TABLE.doubles("process_temperature").get(row) - TABLE.doubles("air_temperature").get(row)
					< 8.6 && TABLE.ints("rotational_speed").get(row) < 1380;
			assertEquals(heat ? 1 : 0, hdf.get(row), "row " + row);
		}
	}

	@Test
	void theSameSeedGivesTheSameTable() {
		Table again = MillingTable.generate(10_000, 42);
		Table other = MillingTable.generate(10_000, 43);
		boolean differs = false;
		for (int column = 0; column < TABLE.columnCount(); column++) {
			for (int row = 0; row < TABLE.rowCount(); row++) {
				assertEquals(TABLE.value(row, column), again.value(row, column));
				differs |= !TABLE.value(row, column).equals(other.value(row, column));
			}
		}
		assertTrue(differs);
	}
}
