package io.wearline.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Run-to-failure seed data in columns of primitive arrays, one row per unit and cycle, units one after the other.
 * The columns, in order: {@code unit} (0-based), {@code cycle} (1-based), {@code regime} (category), one column
 * per sensor named by its id (NaN where a dropout lost the reading), {@code health} (the health index),
 * {@code rul} (cycles left, 0 at the last row of a unit), {@code failure_mode} (category: {@code none} or the
 * id of the unit's failure mode) and {@code failed} (true on the last row of a unit).
 * <p>
 * The getters return the arrays themselves, not copies, so that large data is never copied on its way to the
 * data layer; treat them as read-only. Move the data on with {@link #writeTo(SeedSink)}.
 */
public final class SeedData {
	/** Column names the simulation uses itself; no sensor may have one of them as its id. */
	public static final Set<String> RESERVED = Set.of("unit", "cycle", "regime", "health", "rul", "failure_mode",
			"failed");
	/** The category of {@code failure_mode} for units that fail without a failure mode of their own. */
	public static final String NO_FAILURE_MODE = "none";

	private final int rows;
	private final int units;
	private final List<String> sensorIds;
	private final List<String> regimes;
	private final List<String> failureModes;
	private final int[] unit;
	private final int[] cycle;
	private final int[] regime;
	private final double[][] sensors;
	private final double[] health;
	private final int[] rul;
	private final int[] failureMode;
	private final boolean[] failed;

	/**
	 * Empty columns for a number of rows, to be filled by the simulation.
	 *
	 * @param failureModes the categories of {@code failure_mode}, starting with {@link #NO_FAILURE_MODE}
	 */
	public SeedData(int rows, int units, List<String> sensorIds, List<String> regimes, List<String> failureModes) {
		if (rows < 0 || units < 0) {
			throw new IllegalArgumentException("rows and units must not be negative: " + rows + ", " + units);
		}
		this.rows = rows;
		this.units = units;
		this.sensorIds = List.copyOf(sensorIds);
		this.regimes = List.copyOf(regimes);
		this.failureModes = List.copyOf(failureModes);
		unit = new int[rows];
		cycle = new int[rows];
		regime = new int[rows];
		sensors = new double[sensorIds.size()][rows];
		health = new double[rows];
		rul = new int[rows];
		failureMode = new int[rows];
		failed = new boolean[rows];
	}

	/** Number of rows. */
	public int rows() {
		return rows;
	}

	/** Number of units (machines run to failure). */
	public int units() {
		return units;
	}

	/** Every column's name, in the order described above. */
	public List<String> columnNames() {
		List<String> names = new ArrayList<>(List.of("unit", "cycle", "regime"));
		names.addAll(sensorIds);
		names.addAll(List.of("health", "rul", "failure_mode", "failed"));
		return names;
	}

	/** The sensor ids, in the profile's order, which is the order of their columns. */
	public List<String> sensorIds() {
		return sensorIds;
	}

	/** The categories of {@code regime}: the profile's regime names in order. */
	public List<String> regimes() {
		return regimes;
	}

	/** The categories of {@code failure_mode}: {@code none}, then the profile's failure mode ids in order. */
	public List<String> failureModes() {
		return failureModes;
	}

	/** The {@code unit} column. */
	public int[] unit() {
		return unit;
	}

	/** The {@code cycle} column. */
	public int[] cycle() {
		return cycle;
	}

	/** The {@code regime} column: indexes into {@link #regimes()}. */
	public int[] regime() {
		return regime;
	}

	/** The column of the sensor at this index of {@link #sensorIds()}. */
	public double[] sensor(int index) {
		return sensors[index];
	}

	/** The column of the sensor with this id. */
	public double[] sensor(String id) {
		int index = sensorIds.indexOf(id);
		if (index < 0) {
			throw new IllegalArgumentException("No sensor '" + id + "'; the sensors are " + sensorIds);
		}
		return sensors[index];
	}

	/** The {@code health} column. */
	public double[] health() {
		return health;
	}

	/** The {@code rul} column. */
	public int[] rul() {
		return rul;
	}

	/** The {@code failure_mode} column: indexes into {@link #failureModes()}. */
	public int[] failureMode() {
		return failureMode;
	}

	/** The {@code failed} column. */
	public boolean[] failed() {
		return failed;
	}

	/** Hands every column to a sink, in the order of {@link #columnNames()}. */
	public void writeTo(SeedSink sink) {
		sink.begin(rows, columnNames());
		sink.intColumn("unit", unit, rows);
		sink.intColumn("cycle", cycle, rows);
		sink.categoryColumn("regime", regime, regimes, rows);
		for (int s = 0; s < sensors.length; s++) {
			sink.doubleColumn(sensorIds.get(s), sensors[s], rows);
		}
		sink.doubleColumn("health", health, rows);
		sink.intColumn("rul", rul, rows);
		sink.categoryColumn("failure_mode", failureMode, failureModes, rows);
		sink.booleanColumn("failed", failed, rows);
	}
}
