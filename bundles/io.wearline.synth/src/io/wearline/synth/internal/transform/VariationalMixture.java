package io.wearline.synth.internal.transform;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A one-dimensional Gaussian mixture fitted by variational Bayes with a truncated Dirichlet-process
 * (stick-breaking) prior on the weights: the model and the lower bound of scikit-learn's
 * {@code BayesianGaussianMixture(weight_concentration_prior_type='dirichlet_process')}, which the reference data
 * transformer uses with a weight concentration prior of 0.001 so that unneeded components fade. The other priors
 * are scikit-learn's defaults (mean prior = the values' mean, mean precision prior 1, degrees of freedom prior 1,
 * covariance prior = the values' variance, 1e-6 added to every variance), and the fit starts, as there, from
 * k-means.
 * <p>
 * Deliberate differences:
 * <ul>
 * <li>The values are standardised before the fit and the modes mapped back after it, so that the fixed variance
 * floor means the same for a column measured in thousandths as for one measured in thousands (the priors are
 * scale-free, so nothing else changes).</li>
 * <li>After 30 passes the fit tries <em>merge moves</em>: two components adjacent in mean become one, and the merge
 * is kept only if the same lower bound then rises above the unmerged one's. Coordinate ascent alone (scikit-learn
 * stops after 100 passes) leaves a clean two-mode column split into six or seven components; it takes several
 * hundred more passes to shed them, which the merges do in a few. A final run of at most 100 passes settles the
 * result. A pass counts as settled when the bound moves by less than 1e-5 per value.</li>
 * <li>Equal values are fitted once, weighted by how often they occur: exact, and much faster on rounded
 * readings. Responsibilities below e^-40 of a value's largest are taken as 0 (they vanish in the sums anyway).</li>
 * </ul>
 */
public final class VariationalMixture {
	/** The weight concentration prior of the stick-breaking process. */
	static final double WEIGHT_CONCENTRATION = 0.001;
	private static final double MEAN_PRECISION_PRIOR = 1;
	private static final double DEGREES_OF_FREEDOM_PRIOR = 1;
	private static final double VARIANCE_FLOOR = 1e-6;
	/** Passes before the first merge, after each accepted merge, and at the end. */
	private static final int START_PASSES = 30;
	private static final int SETTLE_PASSES = 10;
	private static final int FINAL_PASSES = 100;
	/** The most passes a merged mixture has to beat the unmerged one's bound. */
	private static final int TRIAL_PASSES = 25;
	/** The most passes all merge trials of a fit may take together, so that no column takes long. */
	private static final int MERGE_BUDGET = 400;
	/** The passes before a merge's climb is judged: the first steps after a merge are erratic. */
	private static final int MIN_TRIAL_PASSES = 4;
	/** The change of the bound, per value, below which a pass counts as settled. */
	private static final double TOLERANCE_PER_VALUE = 1e-5;
	private static final double LOG_TWO = Math.log(2);
	private static final double LOG_TWO_PI = Math.log(2 * Math.PI);
	private static final double TINY = 10 * Math.ulp(1.0);
	private static final double NEGLIGIBLE = -40;

	/** The distinct standardised values, ascending, and how many times each occurs. */
	private final double[] x;
	private final double[] w;
	private final int n;
	private final double total;
	private final int k;
	private final double meanPrior;
	private final double covariancePrior;
	private final double tolerance;
	/** The sufficient statistics of the last E step: soft counts, means, variances (floor included). */
	private double[] counts;
	private double[] centres;
	private double[] spreads;
	/** The variational posterior. */
	private double[] stickA;
	private double[] stickB;
	private double[] meanPrecision;
	private double[] means;
	private double[] degreesOfFreedom;
	private double[] covariances;
	private int passes;

	private VariationalMixture(double[] distinct, double[] multiplicities, int components) {
		this.x = distinct;
		this.w = multiplicities;
		this.n = distinct.length;
		this.k = components;
		double count = 0;
		double mean = 0;
		for (int i = 0; i < n; i++) {
			count += w[i];
			mean += w[i] * x[i];
		}
		mean /= count;
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += w[i] * (x[i] - mean) * (x[i] - mean);
		}
		this.total = count;
		this.meanPrior = mean;
		this.covariancePrior = count > 1 ? sum / (count - 1) : 1;
		this.tolerance = Math.max(1e-3, TOLERANCE_PER_VALUE * count);
		counts = new double[k];
		centres = new double[k];
		spreads = new double[k];
		stickA = new double[k];
		stickB = new double[k];
		meanPrecision = new double[k];
		means = new double[k];
		degreesOfFreedom = new double[k];
		covariances = new double[k];
	}

	/**
	 * Fits a mixture to the values.
	 *
	 * @param values the values, finite, at least two distinct
	 * @param maxComponents the most components (modes) the mixture may keep
	 * @param weightThreshold the weight a component needs to be kept
	 * @param seed the seed of the k-means start
	 * @return the kept components, in original units, in the order of the fit
	 */
	public static Mixture fit(double[] values, int maxComponents, double weightThreshold, long seed) {
		int n = values.length;
		double center = 0;
		for (double value : values) {
			center += value;
		}
		center /= n;
		double spread = 0;
		for (double value : values) {
			spread += (value - center) * (value - center);
		}
		spread = Math.sqrt(spread / n);
		if (!(spread > 0) || !Double.isFinite(spread)) {
			throw new IllegalArgumentException("a mixture needs at least two distinct finite values");
		}
		// equal values have equal responsibilities: fitting each distinct value once, weighted by how often it
		// occurs, is exact and much faster on rounded sensor readings
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double[] distinct = new double[n];
		double[] multiplicities = new double[n];
		int m = 0;
		for (int i = 0; i < n; i++) {
			if (m > 0 && sorted[i] == sorted[i - 1]) {
				multiplicities[m - 1]++;
			} else {
				distinct[m] = (sorted[i] - center) / spread;
				multiplicities[m++] = 1;
			}
		}
		distinct = Arrays.copyOf(distinct, m);
		multiplicities = Arrays.copyOf(multiplicities, m);
		int components = Math.min(maxComponents, m);
		VariationalMixture mixture = new VariationalMixture(distinct, multiplicities, components);
		mixture.start(KMeansStart.labels(distinct, multiplicities, components, new SplittableRandom(seed)));
		double bound = mixture.iterate(Double.NEGATIVE_INFINITY, START_PASSES);
		bound = mixture.merge(bound);
		mixture.iterate(bound, FINAL_PASSES);
		return mixture.kept(weightThreshold, center, spread);
	}

	/** The posterior from a hard partition, as scikit-learn's k-means start does. */
	private void start(int[] labels) {
		Arrays.fill(counts, 0);
		Arrays.fill(centres, 0);
		Arrays.fill(spreads, 0);
		for (int i = 0; i < n; i++) {
			counts[labels[i]] += w[i];
			centres[labels[i]] += w[i] * x[i];
		}
		for (int c = 0; c < k; c++) {
			counts[c] += TINY;
			centres[c] /= counts[c];
		}
		for (int i = 0; i < n; i++) {
			double d = x[i] - centres[labels[i]];
			spreads[labels[i]] += w[i] * d * d;
		}
		for (int c = 0; c < k; c++) {
			spreads[c] = spreads[c] / counts[c] + VARIANCE_FLOOR;
		}
		maximise();
	}

	/** Alternates E and M steps until the bound settles or the passes run out; returns the last bound. */
	private double iterate(double bound, int maxPasses) {
		for (int pass = 0; pass < maxPasses; pass++) {
			double previous = bound;
			bound = pass();
			if (Math.abs(bound - previous) < tolerance) {
				break;
			}
		}
		return bound;
	}

	/**
	 * Tries to merge each pair of live components that are neighbours in mean, closest first; keeps the first merge
	 * whose bound overtakes the current one, settles, and starts over until no merge helps.
	 *
	 * @return the bound after the merges
	 */
	private double merge(double bound) {
		int budget = passes + MERGE_BUDGET;
		for (int round = 0; round < k && passes < budget; round++) {
			double[][] saved = state();
			double merged = Double.NaN;
			for (int[] pair : pairsClosestFirst(liveByMean())) {
				if (passes >= budget) {
					break;
				}
				mergeInto(pair[0], pair[1]);
				merged = overtake(bound);
				if (!Double.isNaN(merged)) {
					break;
				}
				restore(saved);
			}
			if (Double.isNaN(merged)) {
				break;
			}
			bound = iterate(merged, SETTLE_PASSES);
		}
		return bound;
	}

	/**
	 * Iterates a merged mixture until its bound overtakes {@code bound}, or until the bound's geometric climb
	 * shows that it never will.
	 *
	 * @return the overtaking bound, or NaN when the merge does not pay
	 */
	private double overtake(double bound) {
		double previous = Double.NaN;
		double climb = Double.NaN;
		for (int pass = 0; pass < TRIAL_PASSES; pass++) {
			double trial = pass();
			if (trial > bound + tolerance) {
				return trial;
			}
			double step = trial - previous;
			if (step <= 0) {
				return Double.NaN;
			}
			double ratio = step / climb;
			if (pass >= MIN_TRIAL_PASSES && ratio < 1 && trial + step * ratio / (1 - ratio) < bound) {
				return Double.NaN;
			}
			previous = trial;
			climb = step;
		}
		return Double.NaN;
	}

	/** Moves component {@code from}'s statistics into {@code into} (moment matching) and leaves {@code from} empty. */
	private void mergeInto(int into, int from) {
		double total = counts[into] + counts[from];
		double mean = (counts[into] * centres[into] + counts[from] * centres[from]) / total;
		double dInto = centres[into] - mean;
		double dFrom = centres[from] - mean;
		double variance = (counts[into] * (spreads[into] - VARIANCE_FLOOR + dInto * dInto)
				+ counts[from] * (spreads[from] - VARIANCE_FLOOR + dFrom * dFrom)) / total;
		counts[into] = total;
		centres[into] = mean;
		spreads[into] = variance + VARIANCE_FLOOR;
		counts[from] = TINY;
		centres[from] = 0;
		spreads[from] = VARIANCE_FLOOR;
		maximise();
	}

	private int[] liveByMean() {
		return java.util.stream.IntStream.range(0, k).filter(c -> counts[c] > 1).boxed()
				.sorted((a, b) -> Double.compare(means[a], means[b])).mapToInt(Integer::intValue).toArray();
	}

	/** Neighbouring pairs, the pair with the smallest gap in units of their spread first; the lighter one merges. */
	private java.util.List<int[]> pairsClosestFirst(int[] order) {
		java.util.List<int[]> pairs = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < order.length; i++) {
			int a = order[i];
			int b = order[i + 1];
			pairs.add(counts[a] >= counts[b] ? new int[] { a, b } : new int[] { b, a });
		}
		pairs.sort(java.util.Comparator.comparingDouble(
				pair -> Math.abs(means[pair[0]] - means[pair[1]]) / Math.sqrt(covariances[pair[0]] + covariances[pair[1]])));
		return pairs;
	}

	private double[][] state() {
		return new double[][] { counts.clone(), centres.clone(), spreads.clone(), stickA.clone(), stickB.clone(),
				meanPrecision.clone(), means.clone(), degreesOfFreedom.clone(), covariances.clone() };
	}

	private void restore(double[][] saved) {
		counts = saved[0].clone();
		centres = saved[1].clone();
		spreads = saved[2].clone();
		stickA = saved[3].clone();
		stickB = saved[4].clone();
		meanPrecision = saved[5].clone();
		means = saved[6].clone();
		degreesOfFreedom = saved[7].clone();
		covariances = saved[8].clone();
	}

	/**
	 * One E step (responsibilities from the posterior, summed straight into the statistics: they are never stored)
	 * and one M step.
	 *
	 * @return the lower bound after the pass
	 */
	private double pass() {
		passes++;
		double[] offsets = offsets();
		double[] precisions = new double[k];
		double[] pivots = means.clone();
		double[] sum1 = new double[k];
		double[] sum2 = new double[k];
		double[] nk = new double[k];
		double[] row = new double[k];
		double[] exps = new double[k];
		double entropy = 0;
		for (int c = 0; c < k; c++) {
			precisions[c] = 0.5 / covariances[c];
		}
		for (int i = 0; i < n; i++) {
			double xi = x[i];
			double max = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				double d = xi - pivots[c];
				row[c] = offsets[c] - d * d * precisions[c];
				max = Math.max(max, row[c]);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) {
				row[c] -= max;
				// below e^-40 a responsibility is lost in the sums' rounding: skip its exponential
				exps[c] = row[c] < NEGLIGIBLE ? 0 : Math.exp(row[c]);
				sum += exps[c];
			}
			double logSum = Math.log(sum);
			double inverse = w[i] / sum;
			for (int c = 0; c < k; c++) {
				if (exps[c] > 0) {
					double r = exps[c] * inverse;
					double d = xi - pivots[c];
					nk[c] += r;
					sum1[c] += r * d;
					sum2[c] += r * d * d;
					entropy += r * (row[c] - logSum);
				}
			}
		}
		for (int c = 0; c < k; c++) {
			double total = nk[c] + TINY;
			double shift = sum1[c] / total;
			counts[c] = total;
			centres[c] = pivots[c] + shift;
			spreads[c] = Math.max(sum2[c] / total - shift * shift, 0) + VARIANCE_FLOOR;
		}
		maximise();
		return lowerBound(entropy);
	}

	/** The M step from the statistics. */
	private void maximise() {
		double tail = 0;
		for (int c = k - 1; c >= 0; c--) {
			stickA[c] = 1 + counts[c];
			stickB[c] = WEIGHT_CONCENTRATION + tail;
			tail += counts[c];
		}
		for (int c = 0; c < k; c++) {
			meanPrecision[c] = MEAN_PRECISION_PRIOR + counts[c];
			means[c] = (MEAN_PRECISION_PRIOR * meanPrior + counts[c] * centres[c]) / meanPrecision[c];
			degreesOfFreedom[c] = DEGREES_OF_FREEDOM_PRIOR + counts[c];
			double d = centres[c] - meanPrior;
			covariances[c] = (covariancePrior + counts[c] * spreads[c]
					+ counts[c] * MEAN_PRECISION_PRIOR / meanPrecision[c] * d * d) / degreesOfFreedom[c];
		}
	}

	/**
	 * The part of each component's expected weighted log density that does not depend on the value: with it,
	 * ln p(x, component c) = offset[c] - (x - mean[c])^2 / (2 covariance[c]).
	 */
	private double[] offsets() {
		double[] offsets = new double[k];
		double before = 0;
		for (int c = 0; c < k; c++) {
			double digammaSum = GammaFunctions.digamma(stickA[c] + stickB[c]);
			double logWeight = GammaFunctions.digamma(stickA[c]) - digammaSum + before;
			before += GammaFunctions.digamma(stickB[c]) - digammaSum;
			double logLambda = LOG_TWO + GammaFunctions.digamma(0.5 * degreesOfFreedom[c]);
			offsets[c] = logWeight - 0.5 * LOG_TWO_PI - 0.5 * Math.log(covariances[c])
					- 0.5 * Math.log(degreesOfFreedom[c]) + 0.5 * (logLambda - 1 / meanPrecision[c]);
		}
		return offsets;
	}

	/** scikit-learn's lower bound (without its constant terms) from the pass's sum of r ln r. */
	private double lowerBound(double entropy) {
		double logWishart = 0;
		double logNormWeight = 0;
		double logMeanPrecision = 0;
		for (int c = 0; c < k; c++) {
			double logDetPrecision = -0.5 * Math.log(covariances[c]) - 0.5 * Math.log(degreesOfFreedom[c]);
			logWishart += -(degreesOfFreedom[c] * logDetPrecision + degreesOfFreedom[c] * 0.5 * LOG_TWO
					+ GammaFunctions.logGamma(0.5 * degreesOfFreedom[c]));
			logNormWeight -= GammaFunctions.logBeta(stickA[c], stickB[c]);
			logMeanPrecision += Math.log(meanPrecision[c]);
		}
		return -entropy - logWishart - logNormWeight - 0.5 * logMeanPrecision;
	}

	private double[] weights() {
		double[] weights = new double[k];
		double remaining = 1;
		double total = 0;
		for (int c = 0; c < k; c++) {
			double sum = stickA[c] + stickB[c];
			weights[c] = stickA[c] / sum * remaining;
			remaining *= stickB[c] / sum;
			total += weights[c];
		}
		for (int c = 0; c < k; c++) {
			weights[c] /= total;
		}
		return weights;
	}

	private Mixture kept(double weightThreshold, double center, double spread) {
		double[] weights = weights();
		double[] offsets = offsets();
		int heaviest = 0;
		for (int c = 1; c < k; c++) {
			heaviest = weights[c] > weights[heaviest] ? c : heaviest;
		}
		int kept = 0;
		for (int c = 0; c < k; c++) {
			if (weights[c] > weightThreshold || c == heaviest) {
				kept++;
			}
		}
		double[] keptWeights = new double[kept];
		double[] keptMeans = new double[kept];
		double[] keptStds = new double[kept];
		double[] keptOffsets = new double[kept];
		int j = 0;
		double total = 0;
		for (int c = 0; c < k; c++) {
			if (weights[c] > weightThreshold || c == heaviest) {
				keptWeights[j] = weights[c];
				keptMeans[j] = means[c] * spread + center;
				keptStds[j] = Math.sqrt(covariances[c]) * spread;
				keptOffsets[j] = offsets[c];
				total += weights[c];
				j++;
			}
		}
		for (int c = 0; c < kept; c++) {
			keptWeights[c] /= total;
		}
		return new Mixture(keptWeights, keptMeans, keptStds, keptOffsets, passes);
	}
}
