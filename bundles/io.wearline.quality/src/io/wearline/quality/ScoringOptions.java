package io.wearline.quality;

import java.util.Objects;

/**
 * How {@link QualityScoring} scores. The defaults are SDMetrics 0.29's single-table {@code QualityReport}: real
 * correlation threshold 0.5, real association threshold 0.3, Pearson, 10 bins for numbers paired with categories,
 * contingency tables on at most 50,000 rows.
 *
 * @param correlationThreshold a numeric pair counts in the Column Pair Trends property only when the absolute real
 *        correlation exceeds it (0: every pair with a defined correlation other than exactly 0 counts)
 * @param associationThreshold a discrete or mixed pair counts only when the real Cramér's V exceeds it (0: every
 *        scored pair counts)
 * @param coefficient the coefficient of CorrelationSimilarity; both are computed and reported, this one scores
 * @param discreteBins the equal-width bins a numeric column is cut into when paired with a categorical one
 * @param contingencyRowLimit above this many rows a contingency table is built on a random subsample of this many
 *        rows of each table, as SDMetrics does
 * @param histogramBins the equal-width bins of the Jensen–Shannon divergence of numeric columns
 * @param privacyRows the rows of each table (synthetic, real training, real holdout) the distance to the closest
 *        record is computed on; more are subsampled, as SDMetrics' {@code num_rows_subsample}
 * @param unitColumn the column that names a unit (machine) in run-to-failure data, for sequence fidelity
 * @param cycleColumn the column that counts a unit's cycles, for sequence fidelity
 * @param seed the seed of every subsample, so that a report can be reproduced
 * @param contributedMetrics whether the metrics of the extension point {@code io.wearline.quality.metrics} run
 * @param metadata the kind of each real column; null to take the kinds of the column types (a caller that reads a
 *        user's files detects them first, {@link TableMetadata#detect})
 * @param trainingSource whether the real (training) table was simulated or real: privacy gates the verdict only for
 *        real rows ({@link QualityThresholds#check(QualityReport)})
 */
public record ScoringOptions(double correlationThreshold, double associationThreshold, Coefficient coefficient,
		int discreteBins, int contingencyRowLimit, int histogramBins, int privacyRows, String unitColumn,
		String cycleColumn, long seed, boolean contributedMetrics, TableMetadata metadata,
		TrainingSource trainingSource) {

	/** SDMetrics' default real correlation threshold ({@code DEFAULT_REAL_CORRELATION_THRESHOLD}). */
	public static final double DEFAULT_CORRELATION_THRESHOLD = 0.5;
	/** SDMetrics' default real association threshold ({@code DEFAULT_REAL_ASSOCIATION_THRESHOLD}). */
	public static final double DEFAULT_ASSOCIATION_THRESHOLD = 0.3;

	/** Checks the ranges. */
	public ScoringOptions {
		Objects.requireNonNull(coefficient, "coefficient");
		Objects.requireNonNull(unitColumn, "unitColumn");
		Objects.requireNonNull(cycleColumn, "cycleColumn");
		Objects.requireNonNull(trainingSource, "trainingSource");
		if (!(correlationThreshold >= 0 && correlationThreshold <= 1)
				|| !(associationThreshold >= 0 && associationThreshold <= 1)) {
			throw new IllegalArgumentException("the thresholds must be between 0 and 1, not " + correlationThreshold
					+ " and " + associationThreshold);
		}
		if (discreteBins < 1 || contingencyRowLimit < 1 || histogramBins < 1 || privacyRows < 1) {
			throw new IllegalArgumentException("bins, row limits and privacy rows must be positive");
		}
	}

	/**
	 * SDMetrics' defaults; 2,000 rows for the distance to the closest record; unit and cycle; seed 0; kinds of the
	 * column types; real training rows.
	 */
	public static ScoringOptions defaults() {
		return new ScoringOptions(DEFAULT_CORRELATION_THRESHOLD, DEFAULT_ASSOCIATION_THRESHOLD, Coefficient.PEARSON,
				10, 50_000, 20, 2_000, "unit", "cycle", 0, true, null, TrainingSource.REAL);
	}

	/** These options with other thresholds; {@code (0, 0)} scores every pair. */
	public ScoringOptions withThresholds(double correlation, double association) {
		return new ScoringOptions(correlation, association, coefficient, discreteBins, contingencyRowLimit,
				histogramBins, privacyRows, unitColumn, cycleColumn, seed, contributedMetrics, metadata,
				trainingSource);
	}

	/** These options with another correlation coefficient. */
	public ScoringOptions withCoefficient(Coefficient newCoefficient) {
		return new ScoringOptions(correlationThreshold, associationThreshold, newCoefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unitColumn, cycleColumn, seed, contributedMetrics,
				metadata, trainingSource);
	}

	/** These options with another number of rows for the distance to the closest record. */
	public ScoringOptions withPrivacyRows(int rows) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, rows, unitColumn, cycleColumn, seed, contributedMetrics, metadata,
				trainingSource);
	}

	/** These options with other names of the unit and cycle columns. */
	public ScoringOptions withSequenceColumns(String unit, String cycle) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unit, cycle, seed, contributedMetrics, metadata,
				trainingSource);
	}

	/** These options with another seed for the subsamples. */
	public ScoringOptions withSeed(long newSeed) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unitColumn, cycleColumn, newSeed, contributedMetrics,
				metadata, trainingSource);
	}

	/** These options with or without the contributed metrics. */
	public ScoringOptions withContributedMetrics(boolean run) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unitColumn, cycleColumn, seed, run, metadata,
				trainingSource);
	}

	/** These options with the kinds of the real columns; null for the kinds of the column types. */
	public ScoringOptions withMetadata(TableMetadata kinds) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unitColumn, cycleColumn, seed, contributedMetrics,
				kinds, trainingSource);
	}

	/** These options for training rows of this source. */
	public ScoringOptions withTrainingSource(TrainingSource source) {
		return new ScoringOptions(correlationThreshold, associationThreshold, coefficient, discreteBins,
				contingencyRowLimit, histogramBins, privacyRows, unitColumn, cycleColumn, seed, contributedMetrics,
				metadata, source);
	}
}
