package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The optimiser follows PyTorch's Adam with weight decay, step by step. */
class AdamTest {

	@Test
	void twoStepsMatchPyTorchsFormula() {
		float[] values = { 0.5f, -2f, 0f };
		double[] expected = { 0.5, -2, 0 };
		double[] m = new double[3];
		double[] v = new double[3];
		Adam adam = new Adam(3, 0.01, 0.1);
		float[][] gradients = { { 0.2f, -1e-4f, 3f }, { -0.1f, 5f, 0f } };
		for (int t = 1; t <= 2; t++) {
			for (int i = 0; i < 3; i++) {
				double g = gradients[t - 1][i] + 0.1 * expected[i];
				m[i] = 0.9 * m[i] + 0.1 * g;
				v[i] = 0.999 * v[i] + 0.001 * g * g;
				double denominator = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
				expected[i] -= 0.01 / (1 - Math.pow(0.9, t)) * m[i] / denominator;
			}
			adam.step(values, gradients[t - 1]);
			for (int i = 0; i < 3; i++) {
				assertEquals(expected[i], values[i], 1e-6, "value " + i + " after step " + t);
			}
		}
		assertEquals(2, adam.steps());
	}
}
