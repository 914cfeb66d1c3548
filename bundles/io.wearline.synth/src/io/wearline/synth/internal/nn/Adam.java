package io.wearline.synth.internal.nn;

/**
 * Adam with L2 weight decay added to the gradient, exactly as PyTorch's {@code torch.optim.Adam(weight_decay=...)}
 * which CTGAN's TVAE uses: {@code g += l2 * p; m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 * p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)} with b1 0.9, b2 0.999, eps 1e-8.
 */
final class Adam {

	private static final float BETA1 = 0.9f;
	private static final float BETA2 = 0.999f;
	private static final float EPSILON = 1e-8f;

	private final float learningRate;
	private final float l2;
	private final float[] mean;
	private final float[] square;
	private int steps;

	/** A new optimiser for {@code count} parameters, with zero moments. */
	Adam(int count, double learningRate, double l2) {
		this.learningRate = (float) learningRate;
		this.l2 = (float) l2;
		this.mean = new float[count];
		this.square = new float[count];
	}

	/** One step: changes {@code values} along {@code gradients} (which are left as they were). */
	void step(float[] values, float[] gradients) {
		steps++;
		float stepSize = (float) (learningRate / (1 - Math.pow(BETA1, steps)));
		float correction = (float) (1 / Math.sqrt(1 - Math.pow(BETA2, steps)));
		for (int i = 0; i < values.length; i++) {
			float g = gradients[i] + l2 * values[i];
			float m = BETA1 * mean[i] + (1 - BETA1) * g;
			float v = BETA2 * square[i] + (1 - BETA2) * g * g;
			mean[i] = m;
			square[i] = v;
			values[i] -= stepSize * m / ((float) Math.sqrt(v) * correction + EPSILON);
		}
	}

	/** The steps taken so far. */
	int steps() {
		return steps;
	}

	/** The first moments, for saving; the array itself. */
	float[] mean() {
		return mean;
	}

	/** The second moments, for saving; the array itself. */
	float[] square() {
		return square;
	}

	/** Restores a saved state. */
	void restore(int stepCount, float[] means, float[] squares) {
		if (means.length != mean.length || squares.length != square.length || stepCount < 0) {
			throw new IllegalArgumentException("an optimiser state for " + means.length + " parameters");
		}
		System.arraycopy(means, 0, mean, 0, mean.length);
		System.arraycopy(squares, 0, square, 0, square.length);
		this.steps = stepCount;
	}
}
