package io.wearline.synth.internal.nn;

/**
 * TVAE's reconstruction loss of a batch and its gradient, on the decoder's raw outputs in network order
 * ({@link ColumnOrder}): for each scalar column the negative log-likelihood of a Gaussian around
 * {@code tanh(output)} with the column's learnable standard deviation (without the constant), for each softmax
 * group the cross-entropy of the softmax against the group's one-hot values. As in CTGAN's
 * {@code _loss_function}: {@code sum (x - tanh(o))^2 / (2 sigma^2) + log(sigma)} plus
 * {@code sum -x * log softmax(o)}.
 */
final class ReconstructionLoss {

	private final int width;
	private final int scalars;
	private final int[] groups;

	ReconstructionLoss(ColumnOrder order) {
		this.width = order.width();
		this.scalars = order.scalars();
		this.groups = order.groups();
	}

	/**
	 * The loss summed over a batch's rows, with its gradients multiplied by {@code scale}.
	 *
	 * @param x the batch's values, {@code rows x width}
	 * @param out the decoder's raw outputs (before tanh and softmax), {@code rows x width}
	 * @param rows the rows of the batch
	 * @param values the parameters, the standard deviations from {@code sigmaOffset} on
	 * @param sigmaOffset where the standard deviations start in {@code values} and in {@code gradients}
	 * @param outGradient receives the scaled gradient of the loss for each output
	 * @param gradients receives the scaled gradient of the loss for each standard deviation
	 * @param scale the factor of every gradient (loss factor / batch rows)
	 * @return the loss, summed over the rows, not scaled
	 */
	double apply(float[] x, float[] out, int rows, float[] values, int sigmaOffset, float[] outGradient,
			float[] gradients, float scale) {
		double loss = 0;
		for (int s = 0; s < scalars; s++) {
			float sigma = values[sigmaOffset + s];
			float inverseVariance = 1f / (sigma * sigma);
			double squares = 0;
			for (int r = 0; r < rows; r++) {
				int i = r * width + s;
				float t = (float) Math.tanh(out[i]);
				float difference = x[i] - t;
				squares += difference * difference;
				outGradient[i] = -difference * inverseVariance * (1f - t * t) * scale;
			}
			loss += squares * 0.5 * inverseVariance + rows * Math.log(sigma);
			gradients[sigmaOffset + s] = (float) ((-squares * inverseVariance / sigma + rows / (double) sigma) * scale);
		}
		for (int r = 0; r < rows; r++) {
			int start = r * width + scalars;
			for (int size : groups) {
				loss += crossEntropy(x, out, start, size, outGradient, scale);
				start += size;
			}
		}
		return loss;
	}

	/** The cross-entropy of one group of one row; writes its scaled gradient {@code (softmax * sum x - x)}. */
	private static double crossEntropy(float[] x, float[] out, int start, int size, float[] outGradient,
			float scale) {
		float max = Float.NEGATIVE_INFINITY;
		for (int j = start; j < start + size; j++) {
			max = Math.max(max, out[j]);
		}
		double sum = 0;
		for (int j = start; j < start + size; j++) {
			float e = (float) Math.exp(out[j] - max);
			outGradient[j] = e;
			sum += e;
		}
		double logSum = max + Math.log(sum);
		double loss = 0;
		float targets = 0;
		for (int j = start; j < start + size; j++) {
			loss += x[j] * (logSum - out[j]);
			targets += x[j];
		}
		float inverseSum = (float) (1 / sum);
		for (int j = start; j < start + size; j++) {
			outGradient[j] = (outGradient[j] * inverseSum * targets - x[j]) * scale;
		}
		return loss;
	}
}
