package io.wearline.synth.tests;

import java.util.SplittableRandom;

import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/** Stand-ins for a decoder's output: tanh scalars and softmax probabilities. */
final class NetworkOutput {
	private NetworkOutput() {
	}

	/** Random output: scalars spread over [-1, 1] (ends included), probabilities from random logits. */
	static Rows random(Layout layout, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Rows rows = Rows.zeros(count, layout.width());
		for (int row = 0; row < count; row++) {
			for (Span span : layout.spans()) {
				if (span.kind() == Span.Kind.SCALAR) {
					rows.set(row, span.start(), (float) Math.tanh(3 * random.nextGaussian()));
				} else {
					double total = 0;
					double[] e = new double[span.width()];
					for (int j = 0; j < e.length; j++) {
						e[j] = Math.exp(2 * random.nextGaussian());
						total += e[j];
					}
					for (int j = 0; j < e.length; j++) {
						rows.set(row, span.start() + j, (float) (e[j] / total));
					}
				}
			}
		}
		return rows;
	}

	/** Output where every row's span at {@code start} holds the same probabilities; everything else is 0. */
	static Rows constant(Layout layout, int count, int start, double... probabilities) {
		Rows rows = Rows.zeros(count, layout.width());
		for (Span span : layout.spans()) {
			if (span.kind() == Span.Kind.SOFTMAX) {
				for (int row = 0; row < count; row++) {
					rows.set(row, span.start(), 1);
				}
			}
		}
		for (int row = 0; row < count; row++) {
			for (int j = 0; j < probabilities.length; j++) {
				rows.set(row, start + j, (float) probabilities[j]);
			}
		}
		return rows;
	}
}
