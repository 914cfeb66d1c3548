package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.synth.Rows;

/**
 * The hand-written backward pass against finite differences of the loss, for every one of the 243 parameters of a
 * tiny network (two encoder and two decoder layers, the heads, the standard deviations). The network computes in
 * float: central differences with a step of 1e-3 (small enough not to cross a ReLU's kink on this data, large
 * enough for float's precision) agree with the backward pass to about 1e-5; the tolerance is 1% plus 1e-4, and a
 * wrong term of a gradient is off by far more.
 */
class GradientTest {

	private static final long NOISE = 99;
	private static final double STEP = 1e-3;

	@Test
	void backwardPassMatchesFiniteDifferencesForEveryParameter() {
		TvaeConfig config = new TvaeConfig(List.of(6, 5), 4, List.of(5, 6), 1e-3, 0, 8, 2, 1);
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, config, 3);
		Parameters parameters = network.parameters();
		float[] values = parameters.values();
		SplittableRandom random = new SplittableRandom(5);
		// standard deviations away from their common start, so that each has its own gradient
		for (int i = parameters.sigmaOffset(); i < values.length; i++) {
			values[i] = (float) random.nextDouble(0.2, 0.8);
		}
		parameters.pushWeights();
		float[] batch = networkRows(network, TwoModeTable.rows(8, 11));

		network.lossAndGradient(batch, 8, NOISE);
		float[] gradient = parameters.gradients().clone();

		List<String> failures = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			double numeric = (lossWith(network, batch, i, STEP) - lossWith(network, batch, i, -STEP)) / (2 * STEP);
			double error = Math.abs(numeric - gradient[i]);
			if (error > 0.01 * Math.max(Math.abs(numeric), Math.abs(gradient[i])) + 1e-4) {
				failures.add(String.format("%s: backward %.6f, finite differences %.6f", name(parameters, i),
						gradient[i], numeric));
			}
		}
		assertTrue(failures.isEmpty(), () -> failures.size() + " of " + values.length + " gradients differ: "
				+ failures);
	}

	private static double lossWith(TvaeNetwork network, float[] batch, int index, double step) {
		Parameters parameters = network.parameters();
		float[] values = parameters.values();
		float saved = values[index];
		values[index] = (float) (saved + step);
		parameters.pushWeights();
		double loss = network.lossAndGradient(batch, 8, NOISE);
		values[index] = saved;
		parameters.pushWeights();
		return loss;
	}

	private static String name(Parameters parameters, int index) {
		Dense[] layers = parameters.layers();
		for (int l = 0; l < layers.length; l++) {
			int weight = index - layers[l].weightOffset();
			if (weight >= 0 && weight < layers[l].in() * layers[l].out()) {
				return "weight " + weight / layers[l].out() + "," + weight % layers[l].out() + " of layer " + l;
			}
			int bias = index - layers[l].biasOffset();
			if (bias >= 0 && bias < layers[l].out()) {
				return "bias " + bias + " of layer " + l;
			}
		}
		return "standard deviation " + (index - parameters.sigmaOffset());
	}

	/** The rows in the network's column order. */
	static float[] networkRows(TvaeNetwork network, Rows rows) {
		int[] all = new int[rows.count()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		float[] batch = new float[rows.count() * rows.width()];
		network.order().gather(rows, all, 0, rows.count(), batch);
		return batch;
	}
}
