package io.wearline.quality;

import java.util.List;
import java.util.Locale;

/**
 * Whether a synthetic table passes its {@link QualityThresholds}: one check per threshold, in the order overall,
 * Column Shapes, Column Pair Trends, utility, privacy.
 *
 * @param scores the scores checked
 * @param thresholds the thresholds they were checked against
 * @param checks one check per threshold
 */
public record QualityVerdict(QualityScores scores, QualityThresholds thresholds, List<Check> checks) {

	/** Copies the list. */
	public QualityVerdict {
		checks = List.copyOf(checks);
	}

	/**
	 * One score against its threshold.
	 *
	 * @param name the threshold's name ({@link QualityThresholds#OVERALL}, ...)
	 * @param label the score's name for people
	 * @param value the score, NaN when it was not measured
	 * @param minimum the threshold, NaN when it is not checked
	 * @param required whether an unmeasured score fails (overall, Column Shapes) rather than being skipped
	 */
	public record Check(String name, String label, double value, double minimum, boolean required) {
		/** Whether the threshold is checked at all. */
		public boolean checked() {
			return !Double.isNaN(minimum);
		}

		/** Whether the score was measured. */
		public boolean measured() {
			return !Double.isNaN(value);
		}

		/** Whether the check passes: not checked, measured and at least the minimum, or unmeasured and optional. */
		public boolean passed() {
			return !checked() || (measured() ? value >= minimum : !required);
		}

		/** The check in words, e.g. {@code overall 0.62 < 0.80} or {@code privacy not measured}. */
		public String describe() {
			if (!measured()) {
				return label + " not measured" + (checked() && required ? " (required)" : "");
			}
			if (!checked()) {
				return String.format(Locale.ROOT, "%s %.3f", label, value);
			}
			return String.format(Locale.ROOT, "%s %.3f %s %.2f", label, value, passed() ? ">=" : "<", minimum);
		}
	}

	/** Whether every check passes. */
	public boolean passed() {
		return checks.stream().allMatch(Check::passed);
	}

	/** The checks that fail. */
	public List<Check> failures() {
		return checks.stream().filter(c -> !c.passed()).toList();
	}

	/** The check of a threshold by name. */
	public Check check(String name) {
		return checks.stream().filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no threshold '" + name + "'"));
	}
}
