package io.wearline.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The least scores a synthetic table must reach to pass, checked by {@link #check(QualityScores)}. A threshold of
 * NaN is not checked. The defaults ({@link #defaults()}) are overall ≥ 0.80, Column Shapes ≥ 0.75, Column Pair
 * Trends ≥ 0.75, utility ≥ 0.80 and privacy ≥ 0.50: a TVAE that SDMetrics scores 0.86 overall (0.79 shapes, 0.92
 * pairs) on NASA's FD001 passes; a synthesizer that copies its training rows (privacy), or whose models lose more
 * than 0.2 of R² or F1 against models trained on real rows (utility), does not.
 * <p>
 * Overall and Column Shapes must be measured to pass (a report of an empty table fails). Column Pair Trends may be
 * undefined when no real pair is correlated enough to count, utility when it was not measured and privacy without
 * a holdout: an unmeasured figure of these three is not checked.
 *
 * @param overall the least overall score (SDMetrics' default thresholds)
 * @param columnShapes the least Column Shapes score
 * @param columnPairTrends the least Column Pair Trends score
 * @param utility the least utility score ({@link QualityScores#utility()})
 * @param privacy the least privacy score (DCR overfitting protection)
 */
public record QualityThresholds(double overall, double columnShapes, double columnPairTrends, double utility,
		double privacy) {

	/** The names of the thresholds, as {@link #parse} and the command line write them, in check order. */
	public static final String OVERALL = "overall";
	/** See {@link #OVERALL}. */
	public static final String SHAPES = "shapes";
	/** See {@link #OVERALL}. */
	public static final String PAIRS = "pairs";
	/** See {@link #OVERALL}. */
	public static final String UTILITY = "utility";
	/** See {@link #OVERALL}. */
	public static final String PRIVACY = "privacy";

	/** Checks that every threshold is NaN or in [0, 1]. */
	public QualityThresholds {
		for (double value : new double[] { overall, columnShapes, columnPairTrends, utility, privacy }) {
			if (!Double.isNaN(value) && !(value >= 0 && value <= 1)) {
				throw new IllegalArgumentException("a threshold is a score from 0 to 1, not " + value);
			}
		}
	}

	/** Overall 0.80, Column Shapes 0.75, Column Pair Trends 0.75, utility 0.80, privacy 0.50. */
	public static QualityThresholds defaults() {
		return new QualityThresholds(0.80, 0.75, 0.75, 0.80, 0.50);
	}

	/** No threshold at all: every report passes. */
	public static QualityThresholds none() {
		double nan = Double.NaN;
		return new QualityThresholds(nan, nan, nan, nan, nan);
	}

	/** The thresholds by name ({@link #OVERALL}, {@link #SHAPES}, ...), in check order. */
	public Map<String, Double> byName() {
		Map<String, Double> named = new LinkedHashMap<>();
		named.put(OVERALL, overall);
		named.put(SHAPES, columnShapes);
		named.put(PAIRS, columnPairTrends);
		named.put(UTILITY, utility);
		named.put(PRIVACY, privacy);
		return named;
	}

	/** These thresholds with one of them changed by name; NaN turns it off. */
	public QualityThresholds with(String name, double value) {
		return switch (name) {
			case OVERALL -> new QualityThresholds(value, columnShapes, columnPairTrends, utility, privacy);
			case SHAPES -> new QualityThresholds(overall, value, columnPairTrends, utility, privacy);
			case PAIRS -> new QualityThresholds(overall, columnShapes, value, utility, privacy);
			case UTILITY -> new QualityThresholds(overall, columnShapes, columnPairTrends, value, privacy);
			case PRIVACY -> new QualityThresholds(overall, columnShapes, columnPairTrends, utility, value);
			default -> throw new IllegalArgumentException("unknown threshold '" + name + "'; the thresholds are "
					+ String.join(", ", byName().keySet()));
		};
	}

	/**
	 * These thresholds changed by a text such as {@code overall=0.85,privacy=off}: comma-separated
	 * {@code name=value} items, a value from 0 to 1 or {@code off}; thresholds not named keep their value.
	 *
	 * @throws IllegalArgumentException when an item is not {@code name=value}, names no threshold, or its value is
	 *         not a score or {@code off}; the message says which item and what to write
	 */
	public QualityThresholds parse(String text) {
		QualityThresholds parsed = this;
		for (String item : text.split(",")) {
			String trimmed = item.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int equals = trimmed.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("'" + trimmed + "' is not name=value; write for example overall=0.8");
			}
			String name = trimmed.substring(0, equals).strip().toLowerCase(Locale.ROOT);
			String value = trimmed.substring(equals + 1).strip();
			if (!byName().containsKey(name)) {
				throw new IllegalArgumentException("unknown threshold '" + name + "' in '" + trimmed
						+ "'; the thresholds are " + String.join(", ", byName().keySet()));
			}
			parsed = parsed.with(name, value(name, value));
		}
		return parsed;
	}

	/** A threshold's value as written: a score from 0 to 1, or {@code off} (NaN). */
	public static double value(String name, String value) {
		if (value.equalsIgnoreCase("off")) {
			return Double.NaN;
		}
		try {
			double number = Double.parseDouble(value);
			if (number >= 0 && number <= 1) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("the threshold " + name + " takes a score from 0 to 1 or 'off', not '"
				+ value + "'");
	}

	/** Checks the scores of a synthesizer trained on real rows: every threshold gates, privacy too. */
	public QualityVerdict check(QualityScores scores) {
		return check(scores, TrainingSource.REAL);
	}

	/**
	 * Checks the scores against these thresholds; privacy gates only when the training rows were real (for simulated
	 * ones its check is made without a minimum, so it is reported and always passes).
	 */
	public QualityVerdict check(QualityScores scores, TrainingSource source) {
		double privacy = source.privacyGates() ? this.privacy : Double.NaN;
		return new QualityVerdict(scores, this, java.util.List.of(
				new QualityVerdict.Check(OVERALL, "overall", scores.overall(), overall, true),
				new QualityVerdict.Check(SHAPES, "Column Shapes", scores.columnShapes(), columnShapes, true),
				new QualityVerdict.Check(PAIRS, "Column Pair Trends", scores.columnPairTrends(), columnPairTrends, false),
				new QualityVerdict.Check(UTILITY, "utility", scores.utility(), utility, false),
				new QualityVerdict.Check(PRIVACY, "privacy", scores.privacy(), privacy, false)));
	}

	/**
	 * Checks a report's headline scores ({@link QualityScores#of}) against these thresholds, privacy only when its
	 * options say the training rows were real ({@link ScoringOptions#trainingSource()}).
	 */
	public QualityVerdict check(QualityReport report) {
		return check(QualityScores.of(report), report.options().trainingSource());
	}

	/** The thresholds as text that {@link #parse} reads back, e.g. {@code overall=0.8,shapes=0.75,...,privacy=off}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, Double> entry : byName().entrySet()) {
			text.append(text.isEmpty() ? "" : ",").append(entry.getKey()).append('=')
					.append(Double.isNaN(entry.getValue()) ? "off" : String.format(Locale.ROOT, "%.2f", entry.getValue()));
		}
		return text.toString();
	}
}
