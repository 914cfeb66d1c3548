package io.wearline.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.Schema;
import io.wearline.data.Table;

/**
 * Seed data as a {@link Table} of the data layer, for writing it to Parquet, CSV or JSON Lines. The table adopts
 * the simulation's arrays instead of copying them, so seed data of millions of rows costs no second copy. The
 * columns and their types: {@code unit} and {@code cycle} INT, {@code regime} CATEGORICAL, each sensor DOUBLE
 * and nullable (a NaN reading is missing), {@code health} DOUBLE, {@code rul} INT, {@code failure_mode}
 * CATEGORICAL and {@code failed} BOOLEAN; only the sensors are nullable.
 */
public final class SeedTables implements SeedSink {
	private final List<Column> columns = new ArrayList<>();
	private final List<ColumnValues> values = new ArrayList<>();
	private final Set<String> sensorIds;

	private SeedTables(List<String> sensorIds) {
		this.sensorIds = Set.copyOf(sensorIds);
	}

	/** The table of this seed data; it shares the data's arrays, which must therefore not change any more. */
	public static Table of(SeedData data) {
		SeedTables sink = new SeedTables(data.sensorIds());
		data.writeTo(sink);
		return sink.table();
	}

	@Override
	public void intColumn(String name, int[] column, int rows) {
		add(Column.required(name, ColumnType.INT), ArrayColumns.ints(column, rows));
	}

	@Override
	public void doubleColumn(String name, double[] column, int rows) {
		// only a sensor may lose a reading; health is defined on every row
		boolean sensor = sensorIds.contains(name);
		Column described = sensor ? Column.of(name, ColumnType.DOUBLE) : Column.required(name, ColumnType.DOUBLE);
		add(described, ArrayColumns.doubles(column, rows, sensor));
	}

	@Override
	public void booleanColumn(String name, boolean[] column, int rows) {
		add(Column.required(name, ColumnType.BOOLEAN), ArrayColumns.booleans(column, rows));
	}

	@Override
	public void categoryColumn(String name, int[] codes, List<String> categories, int rows) {
		add(Column.required(name, ColumnType.CATEGORICAL), ArrayColumns.categories(codes, categories, rows));
	}

	private void add(Column column, ColumnValues columnValues) {
		columns.add(column);
		values.add(columnValues);
	}

	private Table table() {
		return ArrayColumns.table(Schema.of(columns), values);
	}
}
