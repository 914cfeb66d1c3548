package io.wearline.synth.internal.transform;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The starting partition of the variational mixture: k-means on one dimension over weighted values, seeded by
 * greedy k-means++ (each new centre the best of a few candidates drawn in proportion to weight times squared
 * distance to the nearest centre) and refined by Lloyd's iterations until the centres stop moving. This is how
 * scikit-learn starts its Bayesian Gaussian mixture, which the reference data transformer uses.
 */
final class KMeansStart {
	private static final int MAX_ITERATIONS = 300;
	private static final double TOLERANCE = 1e-4;

	private KMeansStart() {
	}

	/**
	 * The cluster of each value.
	 *
	 * @param values the values, at least {@code clusters} distinct ones
	 * @param weights how much each value counts (how often it occurs), all positive
	 * @param clusters how many clusters
	 * @param random the source of the seeding draws
	 * @return the cluster (0 to clusters - 1) of each value
	 */
	static int[] labels(double[] values, double[] weights, int clusters, SplittableRandom random) {
		double[] centres = seed(values, weights, clusters, random);
		int[] labels = new int[values.length];
		double variance = variance(values, weights);
		double[] sums = new double[clusters];
		double[] counts = new double[clusters];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			assign(values, centres, labels);
			Arrays.fill(sums, 0);
			Arrays.fill(counts, 0);
			for (int i = 0; i < values.length; i++) {
				sums[labels[i]] += weights[i] * values[i];
				counts[labels[i]] += weights[i];
			}
			double shift = 0;
			for (int c = 0; c < clusters; c++) {
				// an empty cluster keeps its centre: with distinct seeds in one dimension it is rare and harmless
				double next = counts[c] == 0 ? centres[c] : sums[c] / counts[c];
				shift += (next - centres[c]) * (next - centres[c]);
				centres[c] = next;
			}
			if (shift <= TOLERANCE * variance) {
				break;
			}
		}
		assign(values, centres, labels);
		return labels;
	}

	private static double[] seed(double[] values, double[] weights, int clusters, SplittableRandom random) {
		int n = values.length;
		int trials = 2 + (int) Math.log(clusters);
		double[] centres = new double[clusters];
		double[] nearest = new double[n];
		double[] scores = new double[n];
		Arrays.fill(nearest, Double.POSITIVE_INFINITY);
		centres[0] = values[draw(weights, sum(weights), random)];
		double potential = closer(values, weights, centres[0], nearest, scores);
		for (int c = 1; c < clusters; c++) {
			double bestPotential = Double.POSITIVE_INFINITY;
			double bestCentre = centres[0];
			for (int t = 0; t < trials; t++) {
				double candidate = values[draw(scores, potential, random)];
				double candidatePotential = 0;
				for (int i = 0; i < n; i++) {
					candidatePotential += weights[i] * Math.min(nearest[i], square(values[i] - candidate));
				}
				if (candidatePotential < bestPotential) {
					bestPotential = candidatePotential;
					bestCentre = candidate;
				}
			}
			centres[c] = bestCentre;
			potential = closer(values, weights, bestCentre, nearest, scores);
		}
		return centres;
	}

	/** Brings each value's squared distance to its nearest centre up to date; returns the weighted total. */
	private static double closer(double[] values, double[] weights, double centre, double[] nearest,
			double[] scores) {
		double potential = 0;
		for (int i = 0; i < values.length; i++) {
			nearest[i] = Math.min(nearest[i], square(values[i] - centre));
			scores[i] = weights[i] * nearest[i];
			potential += scores[i];
		}
		return potential;
	}

	/** An index drawn in proportion to the scores (uniformly when they are all 0). */
	private static int draw(double[] scores, double total, SplittableRandom random) {
		if (!(total > 0)) {
			return random.nextInt(scores.length);
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		int last = 0;
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] > 0) {
				cumulative += scores[i];
				last = i;
				if (cumulative > target) {
					return i;
				}
			}
		}
		return last;
	}

	private static void assign(double[] values, double[] centres, int[] labels) {
		for (int i = 0; i < values.length; i++) {
			double best = Double.POSITIVE_INFINITY;
			int label = 0;
			for (int c = 0; c < centres.length; c++) {
				double distance = Math.abs(values[i] - centres[c]);
				if (distance < best) {
					best = distance;
					label = c;
				}
			}
			labels[i] = label;
		}
	}

	private static double variance(double[] values, double[] weights) {
		double total = sum(weights);
		double mean = 0;
		for (int i = 0; i < values.length; i++) {
			mean += weights[i] * values[i];
		}
		mean /= total;
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			sum += weights[i] * square(values[i] - mean);
		}
		return sum / total;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}

	private static double square(double x) {
		return x * x;
	}
}
