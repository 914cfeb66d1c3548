package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Table;
import io.wearline.sim.SeedData;
import io.wearline.sim.SeedTables;

/** Seed data as a table: the columns, their types and nullability, and every value as the simulation made it. */
class SeedTablesTest {
	private static final SeedData DATA = Fleets.units(Fleets.parse(Fleets.PRESS), 40, 7);
	private static final Table TABLE = SeedTables.of(DATA);

	@Test
	void hasTheColumnsOfTheSeedDataWithTheirTypes() {
		assertEquals(DATA.columnNames(), TABLE.schema().columns().stream().map(Column::name).toList());
		assertEquals(DATA.rows(), TABLE.rowCount());
		for (Column column : TABLE.schema().columns()) {
			boolean sensor = DATA.sensorIds().contains(column.name());
			ColumnType expected = sensor || column.name().equals("health") ? ColumnType.DOUBLE
					: switch (column.name()) {
						case "regime", "failure_mode" -> ColumnType.CATEGORICAL;
						case "failed" -> ColumnType.BOOLEAN;
						default -> ColumnType.INT;
					};
			assertEquals(expected, column.type(), column.name());
			assertEquals(sensor, column.nullable(), column.name() + " nullable");
		}
	}

	@Test
	void holdsEveryValueOfTheSimulation() {
		for (int row = 0; row < DATA.rows(); row++) {
			assertEquals(DATA.unit()[row], TABLE.ints("unit").get(row));
			assertEquals(DATA.cycle()[row], TABLE.ints("cycle").get(row));
			assertEquals(DATA.regimes().get(DATA.regime()[row]), TABLE.categoricals("regime").label(row));
			assertEquals(DATA.health()[row], TABLE.doubles("health").get(row));
			assertEquals(DATA.rul()[row], TABLE.ints("rul").get(row));
			assertEquals(DATA.failureModes().get(DATA.failureMode()[row]),
					TABLE.categoricals("failure_mode").label(row));
			assertEquals(DATA.failed()[row], TABLE.booleans("failed").get(row));
			for (String sensor : DATA.sensorIds()) {
				double reading = DATA.sensor(sensor)[row];
				assertEquals(Double.isNaN(reading), TABLE.column(sensor).isMissing(row), sensor + " row " + row);
				assertEquals(reading, TABLE.doubles(sensor).get(row), sensor + " row " + row);
			}
		}
	}

	@Test
	void aLostReadingIsAMissingValue() {
		double[] vibration = DATA.sensor("vibration");
		int lost = 0;
		for (double reading : vibration) {
			lost += Double.isNaN(reading) ? 1 : 0;
		}
		assertTrue(lost > 0, "the fleet should have dropouts of vibration");
		assertEquals(lost, TABLE.column("vibration").missingCount());
		assertEquals(lost, TABLE.statistics("vibration").missing());
		assertEquals(0, TABLE.column("health").missingCount());
	}

	@Test
	void categoriesAreTheProfilesNames() {
		assertEquals(DATA.regimes(), TABLE.categoricals("regime").dictionary());
		assertEquals(DATA.failureModes(), TABLE.categoricals("failure_mode").dictionary());
		assertFalse(TABLE.categoricals("failure_mode").dictionary().isEmpty());
		assertEquals(List.of(SeedData.NO_FAILURE_MODE), TABLE.categoricals("failure_mode").dictionary().subList(0, 1));
	}
}
