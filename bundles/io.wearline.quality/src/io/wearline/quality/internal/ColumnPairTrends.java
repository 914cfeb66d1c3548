package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.wearline.quality.Coefficient;
import io.wearline.quality.PairResult;
import io.wearline.quality.ScoringOptions;

/**
 * SDMetrics' Column Pair Trends property: every pair of scored columns in the real table's order
 * ({@code itertools.combinations}); numeric pairs by CorrelationSimilarity, with SDMetrics' ConstantInputError when
 * a column is constant; other pairs by ContingencySimilarity, a numeric column of a mixed pair cut into bins of
 * its own table's range first (SDMetrics discretises real and synthetic each on its own edges). Pairs are
 * independent, so they are scored in parallel.
 */
public final class ColumnPairTrends {
	private ColumnPairTrends() {
	}

	/** The results of every pair, in order. */
	public static List<PairResult> score(List<MatchedColumn> columns, ScoringOptions options) {
		int n = columns.size();
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				pairs.add(new int[] { i, j });
			}
		}
		return IntStream.range(0, pairs.size()).parallel()
				.mapToObj(p -> pair(columns.get(pairs.get(p)[0]), columns.get(pairs.get(p)[1]), p, options)).toList();
	}

	private static PairResult pair(MatchedColumn a, MatchedColumn b, int index, ScoringOptions options) {
		if (a.numeric() && b.numeric()) {
			return correlation(a, b, options);
		}
		return contingency(a, b, index, options);
	}

	private static PairResult correlation(MatchedColumn a, MatchedColumn b, ScoringOptions options) {
		String constant = constantError(a, b);
		if (constant != null) {
			return failed(a, b, PairResult.CORRELATION, constant);
		}
		double realPearson;
		double realSpearman;
		double syntheticPearson;
		double syntheticSpearman;
		try {
			realPearson = Correlations.of(a.realNumbers(), b.realNumbers(), false);
			realSpearman = Correlations.of(a.realNumbers(), b.realNumbers(), true);
			syntheticPearson = Correlations.of(a.syntheticNumbers(), b.syntheticNumbers(), false);
			syntheticSpearman = Correlations.of(a.syntheticNumbers(), b.syntheticNumbers(), true);
		} catch (IllegalArgumentException e) {
			return failed(a, b, PairResult.CORRELATION, "ValueError: " + e.getMessage());
		}
		boolean spearman = options.coefficient() == Coefficient.SPEARMAN;
		double real = spearman ? realSpearman : realPearson;
		double synthetic = spearman ? syntheticSpearman : syntheticPearson;
		double score = Double.isNaN(real) || Double.isNaN(synthetic) ? Double.NaN : 1 - Math.abs(real - synthetic) / 2;
		// SDMetrics scores a pair only when |r_real| exceeds the threshold, 0 included
		boolean defined = !Double.isNaN(score) && Math.abs(real) > 0;
		boolean meets = defined && Math.abs(real) > options.correlationThreshold();
		return new PairResult(a.name(), b.name(), PairResult.CORRELATION, score, realPearson, syntheticPearson,
				realSpearman, syntheticSpearman, Double.NaN, meets, defined, null);
	}

	/** SDMetrics' ConstantInputError message: constant real columns first, then constant synthetic ones. */
	private static String constantError(MatchedColumn a, MatchedColumn b) {
		List<String> real = new ArrayList<>();
		List<String> synthetic = new ArrayList<>();
		for (MatchedColumn column : new MatchedColumn[] { a, b }) {
			if (column.realNumbers().constant()) {
				real.add(column.name());
			}
			if (column.syntheticNumbers().constant()) {
				synthetic.add(column.name());
			}
		}
		if (!real.isEmpty()) {
			return constantMessage(real, "real data");
		}
		return synthetic.isEmpty() ? null : constantMessage(synthetic, "synthetic data");
	}

	private static String constantMessage(List<String> columns, String prefix) {
		String which = columns.size() > 1 ? "columns '" + String.join(", ", columns) + "'" : "column '" + columns.get(0) + "'";
		return "ConstantInputError: The " + prefix + " in " + which + " contains a constant value. Correlation is"
				+ " undefined for constant data.";
	}

	private static PairResult contingency(MatchedColumn a, MatchedColumn b, int index, ScoringOptions options) {
		Coded realA;
		Coded realB;
		Coded syntheticA;
		Coded syntheticB;
		try {
			realA = coded(a, true, options.discreteBins());
			realB = coded(b, true, options.discreteBins());
			syntheticA = coded(a, false, options.discreteBins());
			syntheticB = coded(b, false, options.discreteBins());
		} catch (IllegalArgumentException e) {
			return failed(a, b, PairResult.CONTINGENCY, "ValueError: " + e.getMessage());
		}
		int ka = Math.max(realA.size, syntheticA.size);
		int kb = Math.max(realB.size, syntheticB.size);
		int[][] real = subsample(realA.codes, realB.codes, Math.max(realA.codes.length, syntheticA.codes.length),
				options, index * 2L);
		int[][] synthetic = subsample(syntheticA.codes, syntheticB.codes,
				Math.max(realA.codes.length, syntheticA.codes.length), options, index * 2L + 1);
		if (real[0].length == 0 || synthetic[0].length == 0) {
			return failed(a, b, PairResult.CONTINGENCY, "no rows to compare");
		}
		double score = Contingency.similarity(real[0], real[1], synthetic[0], synthetic[1], ka, kb);
		double association = Contingency.cramersV(real[0], real[1], ka, kb);
		boolean meets = options.associationThreshold() > 0
				? !Double.isNaN(association) && association > options.associationThreshold()
				: true;
		return new PairResult(a.name(), b.name(), PairResult.CONTINGENCY, score, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, association, meets && !Double.isNaN(score), !Double.isNaN(score), null);
	}

	/** Codes of one side of a contingency table and how many codes there may be. */
	private record Coded(int[] codes, int size) {
	}

	private static Coded coded(MatchedColumn column, boolean real, int bins) {
		if (column.numeric()) {
			NumericColumn numbers = real ? column.realNumbers() : column.syntheticNumbers();
			return new Coded(numbers.binCodes(bins), bins + 2);
		}
		DiscreteColumn labels = real ? column.realLabels() : column.syntheticLabels();
		int missingCode = labels.labels().size();
		int[] codes = labels.codes().clone();
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] == DiscreteColumn.MISSING) {
				codes[i] = missingCode; // pandas' groupby(dropna=False): missing is a group of its own
			}
		}
		return new Coded(codes, missingCode + 1);
	}

	/** SDMetrics samples {@code num_rows_subsample} rows of each table once either table has more rows. */
	private static int[][] subsample(int[] a, int[] b, int largest, ScoringOptions options, long stream) {
		int limit = options.contingencyRowLimit();
		if (largest <= limit || a.length <= limit) {
			return new int[][] { a, b };
		}
		Random random = new Random(options.seed() * 1_000_003L + stream);
		int[] rows = IntStream.range(0, a.length).toArray();
		for (int i = 0; i < limit; i++) {
			int j = i + random.nextInt(rows.length - i);
			int t = rows[i];
			rows[i] = rows[j];
			rows[j] = t;
		}
		int[] sa = new int[limit];
		int[] sb = new int[limit];
		for (int i = 0; i < limit; i++) {
			sa[i] = a[rows[i]];
			sb[i] = b[rows[i]];
		}
		return new int[][] { sa, sb };
	}

	private static PairResult failed(MatchedColumn a, MatchedColumn b, String metric, String error) {
		double nan = Double.NaN;
		return new PairResult(a.name(), b.name(), metric, nan, nan, nan, nan, nan, nan, false, false, error);
	}
}
