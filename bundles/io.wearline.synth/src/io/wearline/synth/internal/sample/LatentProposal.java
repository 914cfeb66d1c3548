package io.wearline.synth.internal.sample;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.wearline.synth.Rows;

/**
 * Where conditional sampling draws its latent codes: the defensive mixture
 * {@code q(z) = a N(z; 0, I) + (1 - a) / K sum_k N(z; mu_k, diag(s_k^2))} of the prior and the posteriors of
 * {@code K} training rows that hold the value asked for, with {@code s_k} at least {@link #SCALE_FLOOR}. The prior's
 * share {@code a} keeps every weight {@code p(z) p(v|z) / q(z)} below {@code 1 / a}, so that no code the posteriors
 * miss can take all the weight. Without anchors it is the prior alone. The densities of a chunk of codes under the
 * {@code K} posteriors are one matrix product in double precision ({@code sum (z - mu)^2 / s^2} expanded into
 * {@code [z^2, z] x [1/s^2; -2 mu / s^2]}).
 */
final class LatentProposal {

	/** The prior's share of the mixture. */
	static final double PRIOR_SHARE = 0.1;
	/** The smallest standard deviation of a posterior in the mixture. */
	static final double SCALE_FLOOR = 0.05;

	private static final double LOG_2PI = Math.log(2 * Math.PI);

	private final int embedding;
	private final int anchors;
	private final double[] means;
	private final double[] scales;
	/** {@code [1/s^2; -2 mu / s^2]}, {@code 2 embedding x anchors}. */
	private final INDArray coefficients;
	/** Per anchor: {@code sum mu^2 / s^2 + 2 sum log s + embedding log 2 pi}. */
	private final double[] constants;

	/**
	 * @param embedding the width of the latent code
	 * @param posteriors the anchors' posteriors (means, then log-variances), or null for the prior alone
	 */
	LatentProposal(int embedding, Rows posteriors) {
		this.embedding = embedding;
		this.anchors = posteriors == null ? 0 : posteriors.count();
		this.means = new double[anchors * embedding];
		this.scales = new double[anchors * embedding];
		this.constants = new double[anchors];
		double[] b = new double[2 * embedding * anchors];
		for (int k = 0; k < anchors; k++) {
			double constant = embedding * LOG_2PI;
			for (int j = 0; j < embedding; j++) {
				double mean = posteriors.get(k, j);
				double scale = Math.max(SCALE_FLOOR, Math.exp(0.5 * posteriors.get(k, embedding + j)));
				means[k * embedding + j] = mean;
				scales[k * embedding + j] = scale;
				double precision = 1 / (scale * scale);
				b[j * anchors + k] = precision;
				b[(embedding + j) * anchors + k] = -2 * mean * precision;
				constant += mean * mean * precision + 2 * Math.log(scale);
			}
			constants[k] = constant;
		}
		this.coefficients = anchors == 0 ? null : matrix(b, 2 * embedding, anchors);
	}

	/** Whether the mixture has posteriors besides the prior. */
	boolean anchored() {
		return anchors > 0;
	}

	/** Draws {@code count} codes into {@code z} ({@code count x embedding}). */
	void draw(SplittableRandom random, float[] z, int count) {
		for (int i = 0; i < count; i++) {
			int row = i * embedding;
			if (anchors == 0 || random.nextDouble() < PRIOR_SHARE) {
				for (int j = 0; j < embedding; j++) {
					z[row + j] = (float) random.nextGaussian();
				}
			} else {
				int k = random.nextInt(anchors) * embedding;
				for (int j = 0; j < embedding; j++) {
					z[row + j] = (float) (means[k + j] + scales[k + j] * random.nextGaussian());
				}
			}
		}
	}

	/** {@code log p(z) - log q(z)} of each of {@code count} codes: the prior's part of the importance weight. */
	double[] logPriorRatio(float[] z, int count) {
		double[] ratio = new double[count];
		double[] logPrior = new double[count];
		for (int i = 0; i < count; i++) {
			double squares = 0;
			for (int j = 0; j < embedding; j++) {
				double v = z[i * embedding + j];
				squares += v * v;
			}
			logPrior[i] = -0.5 * (squares + embedding * LOG_2PI);
		}
		if (anchors == 0) {
			return ratio;
		}
		double[] a = new double[count * 2 * embedding];
		for (int i = 0; i < count; i++) {
			for (int j = 0; j < embedding; j++) {
				double v = z[i * embedding + j];
				a[i * 2 * embedding + j] = v * v;
				a[i * 2 * embedding + embedding + j] = v;
			}
		}
		INDArray squares = matrix(a, count, 2 * embedding);
		INDArray product = Nd4j.create(DataType.DOUBLE, count, anchors);
		Nd4j.gemm(squares, coefficients, product, false, false, 1.0, 0.0);
		DoubleBuffer quadratic = product.data().asNioDouble();
		double logPriorShare = Math.log(PRIOR_SHARE);
		double logAnchorShare = Math.log((1 - PRIOR_SHARE) / anchors);
		for (int i = 0; i < count; i++) {
			double max = logPriorShare + logPrior[i];
			double[] terms = new double[anchors];
			for (int k = 0; k < anchors; k++) {
				terms[k] = logAnchorShare - 0.5 * (quadratic.get(i * anchors + k) + constants[k]);
				max = Math.max(max, terms[k]);
			}
			double sum = Math.exp(logPriorShare + logPrior[i] - max);
			for (int k = 0; k < anchors; k++) {
				sum += Math.exp(terms[k] - max);
			}
			ratio[i] = logPrior[i] - (max + Math.log(sum));
		}
		squares.close();
		product.close();
		return ratio;
	}

	private static INDArray matrix(double[] values, int rows, int columns) {
		INDArray array = Nd4j.create(DataType.DOUBLE, new long[] { rows, columns }, 'c');
		array.data().asNioDouble().put(0, values, 0, values.length);
		return array;
	}
}
