package io.wearline.synth.internal.transform;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fits a one-dimensional Gaussian mixture by variational Bayes with a truncated Dirichlet-process (stick-breaking)
 * prior on the weights: the model and the lower bound of scikit-learn's
 * {@code BayesianGaussianMixture(weight_concentration_prior_type='dirichlet_process')}, which the reference data
 * transformer uses with a weight concentration prior of 0.001 so that unneeded components fade (the model itself is
 * {@link MixturePosterior}). The fit starts, as there, from k-means.
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
	/** Passes before the first merge, after each accepted merge, and at the end. */
	private static final int START_PASSES = 30;
	private static final int SETTLE_PASSES = 10;
	private static final int FINAL_PASSES = 100;
	/** The most passes a merged mixture has to beat the unmerged one's bound. */
	private static final int TRIAL_PASSES = 25;
	/** The passes before a merge's climb is judged: the first steps after a merge are erratic. */
	private static final int MIN_TRIAL_PASSES = 4;
	/** The most passes all merge trials of a fit may take together, so that no column takes long. */
	private static final int MERGE_BUDGET = 400;
	/** The change of the bound, per value, below which a pass counts as settled. */
	private static final double TOLERANCE_PER_VALUE = 1e-5;
	private static final double NEGLIGIBLE = -40;

	/** The distinct standardised values, ascending, and how many times each occurs. */
	private final double[] x;
	private final double[] w;
	private final int n;
	private final double tolerance;
	private final MixturePosterior posterior;
	private int passes;

	private VariationalMixture(double[] distinct, double[] multiplicities, int components) {
		this.x = distinct;
		this.w = multiplicities;
		this.n = distinct.length;
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
		this.tolerance = Math.max(1e-3, TOLERANCE_PER_VALUE * count);
		this.posterior = new MixturePosterior(components, mean, count > 1 ? sum / (count - 1) : 1);
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
		int k = posterior.k;
		double[] counts = posterior.counts;
		double[] centres = posterior.centres;
		double[] spreads = posterior.spreads;
		for (int i = 0; i < n; i++) {
			counts[labels[i]] += w[i];
			centres[labels[i]] += w[i] * x[i];
		}
		for (int c = 0; c < k; c++) {
			counts[c] += MixturePosterior.TINY;
			centres[c] /= counts[c];
		}
		for (int i = 0; i < n; i++) {
			double d = x[i] - centres[labels[i]];
			spreads[labels[i]] += w[i] * d * d;
		}
		for (int c = 0; c < k; c++) {
			spreads[c] = spreads[c] / counts[c] + MixturePosterior.VARIANCE_FLOOR;
		}
		posterior.maximise();
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
		for (int round = 0; round < posterior.k && passes < budget; round++) {
			MixturePosterior saved = posterior.copy();
			double merged = Double.NaN;
			for (int[] pair : posterior.neighboursClosestFirst()) {
				if (passes >= budget) {
					break;
				}
				posterior.merge(pair[0], pair[1]);
				merged = overtake(bound);
				if (!Double.isNaN(merged)) {
					break;
				}
				posterior.copyFrom(saved);
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

	/**
	 * One E step (responsibilities from the posterior, summed straight into the statistics: they are never stored)
	 * and one M step.
	 *
	 * @return the lower bound after the pass
	 */
	private double pass() {
		passes++;
		int k = posterior.k;
		double[] offsets = posterior.offsets();
		double[] precisions = new double[k];
		double[] pivots = posterior.means.clone();
		double[] sum1 = new double[k];
		double[] sum2 = new double[k];
		double[] nk = new double[k];
		double[] row = new double[k];
		double[] exps = new double[k];
		double sumRLogR = 0;
		for (int c = 0; c < k; c++) {
			precisions[c] = 0.5 / posterior.covariances[c];
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
			double scale = w[i] / sum;
			for (int c = 0; c < k; c++) {
				if (exps[c] > 0) {
					double r = exps[c] * scale;
					double d = xi - pivots[c];
					nk[c] += r;
					sum1[c] += r * d;
					sum2[c] += r * d * d;
					sumRLogR += r * (row[c] - logSum);
				}
			}
		}
		for (int c = 0; c < k; c++) {
			double count = nk[c] + MixturePosterior.TINY;
			double shift = sum1[c] / count;
			posterior.counts[c] = count;
			posterior.centres[c] = pivots[c] + shift;
			posterior.spreads[c] = Math.max(sum2[c] / count - shift * shift, 0) + MixturePosterior.VARIANCE_FLOOR;
		}
		posterior.maximise();
		return posterior.lowerBound(sumRLogR);
	}

	/** The components weighing more than the threshold (at least the heaviest), in original units. */
	private Mixture kept(double weightThreshold, double center, double spread) {
		int k = posterior.k;
		double[] weights = posterior.weights();
		double[] offsets = posterior.offsets();
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
				keptMeans[j] = posterior.means[c] * spread + center;
				keptStds[j] = Math.sqrt(posterior.covariances[c]) * spread;
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
