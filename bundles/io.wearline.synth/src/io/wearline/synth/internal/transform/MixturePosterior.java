package io.wearline.synth.internal.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The variational posterior of a one-dimensional Gaussian mixture under scikit-learn's priors (stick-breaking
 * weights with concentration 0.001, a normal-Wishart prior on each component), with the statistics of the last E
 * step it was computed from: the M step, the expected log densities the E step needs, the lower bound, the weights,
 * and the merge of two components. Works on standardised values, so the 1e-6 variance floor is relative.
 */
final class MixturePosterior {
	/** The weight concentration prior of the stick-breaking process. */
	static final double WEIGHT_CONCENTRATION = 0.001;
	/** Added to every component's variance, as scikit-learn's {@code reg_covar}. */
	static final double VARIANCE_FLOOR = 1e-6;
	/** Added to every soft count, as scikit-learn does, so that an empty component divides by no zero. */
	static final double TINY = 10 * Math.ulp(1.0);
	private static final double MEAN_PRECISION_PRIOR = 1;
	private static final double DEGREES_OF_FREEDOM_PRIOR = 1;
	private static final double LOG_TWO = Math.log(2);
	private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

	final int k;
	private final double meanPrior;
	private final double covariancePrior;
	/** The statistics of the last E step: soft counts, means, variances (floor included). */
	final double[] counts;
	final double[] centres;
	final double[] spreads;
	/** The posterior's parameters. */
	private final double[] stickA;
	private final double[] stickB;
	private final double[] meanPrecision;
	final double[] means;
	private final double[] degreesOfFreedom;
	final double[] covariances;

	/**
	 * An empty posterior.
	 *
	 * @param components the number of components
	 * @param meanPrior the values' mean
	 * @param covariancePrior the values' variance
	 */
	MixturePosterior(int components, double meanPrior, double covariancePrior) {
		this.k = components;
		this.meanPrior = meanPrior;
		this.covariancePrior = covariancePrior;
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

	/** A copy, to go back to when a merge does not pay. */
	MixturePosterior copy() {
		MixturePosterior copy = new MixturePosterior(k, meanPrior, covariancePrior);
		copy.copyFrom(this);
		return copy;
	}

	/** Takes over another posterior's statistics and parameters. */
	void copyFrom(MixturePosterior other) {
		System.arraycopy(other.counts, 0, counts, 0, k);
		System.arraycopy(other.centres, 0, centres, 0, k);
		System.arraycopy(other.spreads, 0, spreads, 0, k);
		System.arraycopy(other.stickA, 0, stickA, 0, k);
		System.arraycopy(other.stickB, 0, stickB, 0, k);
		System.arraycopy(other.meanPrecision, 0, meanPrecision, 0, k);
		System.arraycopy(other.means, 0, means, 0, k);
		System.arraycopy(other.degreesOfFreedom, 0, degreesOfFreedom, 0, k);
		System.arraycopy(other.covariances, 0, covariances, 0, k);
	}

	/** The M step: the parameters from the statistics. */
	void maximise() {
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
	double[] offsets() {
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

	/** scikit-learn's lower bound (without its constant terms), given the E step's sum of r ln r. */
	double lowerBound(double sumRLogR) {
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
		return -sumRLogR - logWishart - logNormWeight - 0.5 * logMeanPrecision;
	}

	/** The expected weights of the components, summing to 1. */
	double[] weights() {
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

	/** Moves component {@code from}'s statistics into {@code into} (moment matching), empties {@code from}. */
	void merge(int into, int from) {
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

	/**
	 * The pairs of components that hold values and are neighbours in mean, the pair with the smallest gap in units
	 * of their spread first, the heavier one first in each pair (it absorbs the other).
	 */
	List<int[]> neighboursClosestFirst() {
		int[] live = IntStream.range(0, k).filter(c -> counts[c] > 1).boxed()
				.sorted(Comparator.comparingDouble(c -> means[c])).mapToInt(Integer::intValue).toArray();
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < live.length; i++) {
			int a = live[i];
			int b = live[i + 1];
			pairs.add(counts[a] >= counts[b] ? new int[] { a, b } : new int[] { b, a });
		}
		pairs.sort(Comparator.comparingDouble(
				pair -> Math.abs(means[pair[0]] - means[pair[1]]) / Math.sqrt(covariances[pair[0]] + covariances[pair[1]])));
		return pairs;
	}
}
