package io.wearline.dsl.validation;

/**
 * The codes of every issue the profile validator raises. Quick fixes in {@code io.wearline.dsl.ide} key on
 * them, the headless {@code validate} command prints them, and the JSON, YAML and XLSX importers report them,
 * so a code, once published, keeps its meaning.
 */
public final class IssueCodes {
	private static final String PREFIX = "io.wearline.dsl.";

	/** An id does not match {@code [a-z][a-z0-9_]{0,63}}. Fixable: lower-case and replace bad characters. */
	public static final String INVALID_ID = PREFIX + "invalidId";
	/** Two sensors, failure modes, regimes or parameters share an id. Fixable: rename the later one. */
	public static final String DUPLICATE_ID = PREFIX + "duplicateId";
	/** A sensor has no unit. Fixable: add the default unit of its kind (issue data: the unit). */
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	/** A sensor's unit does not fit its kind. Fixable: replace by one that fits (issue data: the units that fit). */
	public static final String UNIT_KIND_MISMATCH = PREFIX + "unitKindMismatch";
	/** A sensor's min is not below its max. Fixable: swap min and max. */
	public static final String MIN_NOT_BELOW_MAX = PREFIX + "minNotBelowMax";
	/** A sensor's nominal lies outside [min, max]. Fixable: clamp the nominal into the range. */
	public static final String NOMINAL_OUT_OF_RANGE = PREFIX + "nominalOutOfRange";
	/** A noise standard deviation is negative or not below the range width. */
	public static final String INVALID_NOISE = PREFIX + "invalidNoise";
	/** A regime offset moves the nominal outside the sensor's range, or a scale is not positive. */
	public static final String ADJUSTMENT_OUT_OF_RANGE = PREFIX + "adjustmentOutOfRange";
	/** A failure effect, regime adjustment names a sensor that does not exist (issue data: the nearest id). */
	public static final String UNKNOWN_SENSOR = PREFIX + "unknownSensor";
	/** A regime overrides a parameter that does not exist (issue data: the nearest key). */
	public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
	/** A probability lies outside [0, 1]. */
	public static final String PROBABILITY_OUT_OF_RANGE = PREFIX + "probabilityOutOfRange";
	/** The failure-mode probabilities sum to more than 1. */
	public static final String PROBABILITIES_EXCEED_ONE = PREFIX + "probabilitiesExceedOne";
	/** The regime weights do not sum to 1. Fixable: divide every weight by their sum. */
	public static final String WEIGHTS_NOT_NORMALISED = PREFIX + "weightsNotNormalised";
	/** A regime weight is negative. */
	public static final String NEGATIVE_WEIGHT = PREFIX + "negativeWeight";
	/** The life range has min above max, or a bound that is not positive. Fixable when reversed: swap. */
	public static final String INVALID_LIFE = PREFIX + "invalidLife";
	/** A value that must be a health index lies outside [0, 1] (threshold, onset, initial wear). */
	public static final String HEALTH_OUT_OF_RANGE = PREFIX + "healthOutOfRange";
	/** An unknown degradation law, or a law parameter the law does not take. */
	public static final String UNKNOWN_LAW = PREFIX + "unknownLaw";
	/** Dataset sizes negative, zero for train, or beyond the configured row limit. */
	public static final String DATASET_SIZE = PREFIX + "datasetSize";
	/** More sensors than the configured limit. */
	public static final String TOO_MANY_SENSORS = PREFIX + "tooManySensors";
	/** A profile without sensors. */
	public static final String NO_SENSORS = PREFIX + "noSensors";
	/** A training setting that is not positive (epochs, batch, dims, learning rate) or negative (L2). */
	public static final String INVALID_TRAINING = PREFIX + "invalidTraining";
	/** A number that is not finite (NaN or infinite), as JSON, YAML or XLSX may carry. */
	public static final String NOT_FINITE = PREFIX + "notFinite";

	private IssueCodes() {
	}
}
