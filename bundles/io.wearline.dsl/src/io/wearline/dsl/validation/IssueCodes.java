package io.wearline.dsl.validation;

/**
 * The codes of every issue the profile validator raises. Quick fixes in {@code io.wearline.dsl.ide} key on
 * them, the headless {@code validate} command prints them, and the JSON, YAML and XLSX importers report them,
 * so a code, once published, keeps its meaning. Every code is an error except {@link #MISSING_UNIT}, a warning.
 * Where the issue data is a number, it is written as the profile language writes numbers.
 */
public final class IssueCodes {
	private static final String PREFIX = "io.wearline.dsl.";

	/**
	 * An id (machine, sensor, failure mode, regime name, parameter key) does not match
	 * {@code [a-z][a-z0-9_]{0,63}}, or is missing. Data: a corrected id (lower case, bad characters replaced).
	 */
	public static final String INVALID_ID = PREFIX + "invalidId";
	/**
	 * Two sensors, failure modes, regimes or parameters share an id; on the later one. Data: a free id
	 * ({@code speed_2}).
	 */
	public static final String DUPLICATE_ID = PREFIX + "duplicateId";
	/** A sensor has no unit (a warning; not raised for kind {@code other}). Data: the default unit of its kind. */
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	/** A sensor's unit does not fit its kind (an error). Data: the units that fit, the kind's default first. */
	public static final String UNIT_KIND_MISMATCH = PREFIX + "unitKindMismatch";
	/** A sensor's min is not below its max; on {@code max}. No data; the fix swaps min and max. */
	public static final String MIN_NOT_BELOW_MAX = PREFIX + "minNotBelowMax";
	/** A sensor's nominal lies outside [min, max]. Data: the nominal clamped into the range. */
	public static final String NOMINAL_OUT_OF_RANGE = PREFIX + "nominalOutOfRange";
	/** A noise standard deviation is negative or not below the range width. Data: a suggested noise. */
	public static final String INVALID_NOISE = PREFIX + "invalidNoise";
	/**
	 * A regime offset or scale moves the sensor's nominal outside its range, or a scale is not positive. Data: the
	 * amount that keeps the nominal inside the range ({@code 1} for a scale that is not positive).
	 */
	public static final String ADJUSTMENT_OUT_OF_RANGE = PREFIX + "adjustmentOutOfRange";
	/**
	 * A failure effect or regime adjustment names a sensor that does not exist. Data: the nearest id, if one is
	 * close.
	 */
	public static final String UNKNOWN_SENSOR = PREFIX + "unknownSensor";
	/** A regime overrides a parameter that does not exist. Data: the nearest key, if one is close. */
	public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
	/** A probability lies outside [0, 1]. Data: the probability clamped into [0, 1]. */
	public static final String PROBABILITY_OUT_OF_RANGE = PREFIX + "probabilityOutOfRange";
	/**
	 * The failure-mode probabilities sum to more than 1; on the last mode. Data: every mode's probability divided
	 * by the sum, in the order of the modes.
	 */
	public static final String PROBABILITIES_EXCEED_ONE = PREFIX + "probabilitiesExceedOne";
	/**
	 * The regime weights do not sum to 1 (within 1e-6); on the last regime. Data: the normalised weights, in the
	 * order of the regimes (equal weights when all are 0).
	 */
	public static final String WEIGHTS_NOT_NORMALISED = PREFIX + "weightsNotNormalised";
	/** A regime weight is negative. Data: {@code 0}. */
	public static final String NEGATIVE_WEIGHT = PREFIX + "negativeWeight";
	/** The life range has min above max (data: {@code swap}), or a minimum below 1 (no data). */
	public static final String INVALID_LIFE = PREFIX + "invalidLife";
	/**
	 * A health index or wear value lies outside [0, 1] (failure threshold, onset, initial wear; data: the value
	 * clamped), or the initial wear range is reversed (data: {@code swap}).
	 */
	public static final String HEALTH_OUT_OF_RANGE = PREFIX + "healthOutOfRange";
	/**
	 * An unknown degradation law (on the law; data: the known laws), or a parameter the law does not take (on the
	 * parameter; data: the parameters the law takes).
	 */
	public static final String UNKNOWN_LAW = PREFIX + "unknownLaw";
	/** Dataset sizes negative, zero for train, or beyond the configured row limit. Data: a value that fits. */
	public static final String DATASET_SIZE = PREFIX + "datasetSize";
	/**
	 * A life so long that one unit's seed data (a row per cycle or hour) alone exceeds the configured row limit; on
	 * the maximum. Data: the limit.
	 */
	public static final String LIFE_TOO_LONG = PREFIX + "lifeTooLong";
	/** More sensors than the configured limit; on the first sensor beyond it. Data: the limit. */
	public static final String TOO_MANY_SENSORS = PREFIX + "tooManySensors";
	/** A profile without sensors; on the machine id. */
	public static final String NO_SENSORS = PREFIX + "noSensors";
	/**
	 * A training setting that is not positive (epochs, batch, dims, learning rate) or negative (L2). Data: a usual
	 * value.
	 */
	public static final String INVALID_TRAINING = PREFIX + "invalidTraining";
	/** A number that is not finite (NaN or infinite), as JSON, YAML or XLSX may carry. */
	public static final String NOT_FINITE = PREFIX + "notFinite";

	/** Text that does not parse: a syntax error or a number that is not what its place needs. Not a validator code. */
	public static final String SYNTAX_ERROR = PREFIX + "syntaxError";
	/** A sensor's sampling interval is not above 0 (issue data: {@code 1}). */
	public static final String INVALID_SAMPLING_INTERVAL = PREFIX + "invalidSamplingInterval";
	/** A degradation law parameter is given twice. */
	public static final String DUPLICATE_LAW_PARAMETER = PREFIX + "duplicateLawParameter";
	/** The degradation rate variability is negative (issue data: its absolute value). */
	public static final String INVALID_RATE_VARIABILITY = PREFIX + "invalidRateVariability";

	private IssueCodes() {
	}
}
