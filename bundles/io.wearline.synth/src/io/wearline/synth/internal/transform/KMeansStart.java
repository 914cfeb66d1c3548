package io.wearline.synth.internal.transform;

import java.util.SplittableRandom;

/**
 * The starting partition of the variational mixture: k-means on one dimension, seeded by greedy k-means++ (each new
 * centre the best of a few candidates drawn in proportion to the squared distance to the nearest centre) and
 * refined by Lloyd's iterations until the centres stop moving. This is how scikit-learn starts its Bayesian
 * Gaussian mixture, which the reference data transformer uses.
 */
final class KMeansStart {
	private static final int MAX_ITERATIONS = 300;
	private static final double TOLERANCE = 1e-4;

	private KMeansStart() {
	}

	/**
	 * The cluster of each value.
	 *
	 * @param values the values, at least {@code clusters} of them and at least {@code clusters} distinct
	 * @param clusters how many clusters
	 * @param random the source of the seeding draws
	 * @return the cluster (0 to clusters - 1) of each value
	 */
	static int[] labels(double[] values, int clusters, SplittableRandom random) {
		double[] centres = seed(values, clusters, random);
		int[] labels = new int[values.length];
		double variance = variance(values);
		double[] sums = new double[clusters];
		int[] counts = new int[clusters];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			assign(values, centres, labels);
			java.util.Arrays.fill(sums, 0);
			java.util.Arrays.fill(counts, 0);
			for (int i = 0; i < values.length; i++) {
				sums[labels[i]] += values[i];
				counts[labels[i]]++;
			}
			double shift = 0;
			for (int c = 0; c < clusters; c++) {
				// an empty cluster keeps its centre: in one dimension with distinct seeds it is rare and harmless
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

	private static double[] seed(double[] values, int clusters, SplittableRandom random) {
		int n = values.length;
		int trials = 2 + (int) Math.log(clusters);
		double[] centres = new double[clusters];
		double[] nearest = new double[n];
		centres[0] = values[random.nextInt(n)];
		double potential = 0;
		for (int i = 0; i < n; i++) {
			nearest[i] = square(values[i] - centres[0]);
			potential += nearest[i];
		}
		for (int c = 1; c < clusters; c++) {
			double bestPotential = Double.POSITIVE_INFINITY;
			double bestCentre = values[0];
			for (int t = 0; t < trials; t++) {
				double candidate = values[drawByWeight(nearest, potential, random)];
				double candidatePotential = 0;
				for (int i = 0; i < n; i++) {
					candidatePotential += Math.min(nearest[i], square(values[i] - candidate));
				}
				if (candidatePotential < bestPotential) {
					bestPotential = candidatePotential;
					bestCentre = candidate;
				}
			}
			centres[c] = bestCentre;
			potential = 0;
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], square(values[i] - bestCentre));
				potential += nearest[i];
			}
		}
		return centres;
	}

	private static int drawByWeight(double[] weights, double total, SplittableRandom random) {
		if (!(total > 0)) {
			return random.nextInt(weights.length);
		}
		double target = random.nextDouble() * total;
		double cumulative = 0;
		for (int i = 0; i < weights.length; i++) {
			cumulative += weights[i];
			if (cumulative > target) {
				return i;
			}
		}
		for (int i = weights.length - 1; i >= 0; i--) {
			if (weights[i] > 0) {
				return i;
			}
		}
		return weights.length - 1;
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

	private static double variance(double[] values) {
		double mean = 0;
		for (double value : values) {
			mean += value;
		}
		mean /= values.length;
		double sum = 0;
		for (double value : values) {
			sum += square(value - mean);
		}
		return sum / values.length;
	}

	private static double square(double x) {
		return x * x;
	}
}
