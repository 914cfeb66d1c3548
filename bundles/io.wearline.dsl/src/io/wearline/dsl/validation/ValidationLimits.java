package io.wearline.dsl.validation;

import java.util.Map;

/**
 * The limits the validator holds a profile to: how many rows a dataset may have in all, and how many sensors a
 * machine may have. They keep a profile within what a workstation can simulate and train on.
 * <p>
 * The defaults (10,000,000 rows, 500 sensors) can be raised for a whole run with the system properties
 * {@value #MAX_ROWS_PROPERTY} and {@value #MAX_SENSORS_PROPERTY}, for one validation by putting limits into the
 * validation context ({@link #putInto(Map)}), or for an injector by binding {@code ValidationLimits} in a module
 * that overrides {@code MachineRuntimeModule}.
 */
public final class ValidationLimits {
	/** Default largest sum of train, validation and test rows. */
	public static final long DEFAULT_MAX_ROWS = 10_000_000L;
	/** Default largest number of sensors in one profile. */
	public static final int DEFAULT_MAX_SENSORS = 500;
	/** System property that overrides {@link #DEFAULT_MAX_ROWS}. */
	public static final String MAX_ROWS_PROPERTY = "wearline.maxRows";
	/** System property that overrides {@link #DEFAULT_MAX_SENSORS}. */
	public static final String MAX_SENSORS_PROPERTY = "wearline.maxSensors";

	private static final System.Logger LOG = System.getLogger(ValidationLimits.class.getName());
	private static final String CONTEXT_KEY = ValidationLimits.class.getName();

	private final long maxRows;
	private final int maxSensors;

	/**
	 * @param maxRows the largest sum of train, validation and test rows, at least 1
	 * @param maxSensors the largest number of sensors, at least 1
	 */
	public ValidationLimits(long maxRows, int maxSensors) {
		if (maxRows < 1 || maxSensors < 1) {
			throw new IllegalArgumentException(
					"limits must be at least 1, got maxRows " + maxRows + " and maxSensors " + maxSensors);
		}
		this.maxRows = maxRows;
		this.maxSensors = maxSensors;
	}

	/** The built-in limits, ignoring system properties. */
	public static ValidationLimits defaults() {
		return new ValidationLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_SENSORS);
	}

	/**
	 * The defaults, overridden by the system properties where they are set. A property that is not a positive
	 * whole number is ignored with a logged warning, so a typo never makes every profile invalid.
	 */
	public static ValidationLimits fromSystemProperties() {
		long rows = property(MAX_ROWS_PROPERTY, DEFAULT_MAX_ROWS, Long.MAX_VALUE);
		long sensors = property(MAX_SENSORS_PROPERTY, DEFAULT_MAX_SENSORS, Integer.MAX_VALUE);
		return new ValidationLimits(rows, (int) sensors);
	}

	/** The limits a validation context carries, or {@code null} when it carries none. */
	public static ValidationLimits from(Map<Object, Object> context) {
		return context == null ? null : (ValidationLimits) context.get(CONTEXT_KEY);
	}

	/** Puts these limits into a validation context, where they win over the injected ones. */
	public void putInto(Map<Object, Object> context) {
		context.put(CONTEXT_KEY, this);
	}

	/** The largest sum of train, validation and test rows. */
	public long maxRows() {
		return maxRows;
	}

	/** The largest number of sensors. */
	public int maxSensors() {
		return maxSensors;
	}

	/** A copy with another row limit. */
	public ValidationLimits withMaxRows(long rows) {
		return new ValidationLimits(rows, maxSensors);
	}

	/** A copy with another sensor limit. */
	public ValidationLimits withMaxSensors(int sensors) {
		return new ValidationLimits(maxRows, sensors);
	}

	@Override
	public String toString() {
		return "ValidationLimits[maxRows=" + maxRows + ", maxSensors=" + maxSensors + "]";
	}

	private static long property(String name, long fallback, long largest) {
		String text = System.getProperty(name);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.strip().replace("_", ""));
			if (value >= 1 && value <= largest) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below, like a value out of range
		}
		LOG.log(System.Logger.Level.WARNING, "System property {0}={1} is not a whole number from 1 to {2}; using {3}",
				name, text, largest, fallback);
		return fallback;
	}
}
