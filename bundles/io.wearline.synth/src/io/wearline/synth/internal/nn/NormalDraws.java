package io.wearline.synth.internal.nn;

import java.util.SplittableRandom;

/**
 * Standard normal draws as {@code float}s by the ziggurat method (Marsaglia and Tsang, "The Ziggurat Method for
 * Generating Random Variables", Journal of Statistical Software 5(8), 2000), for sampling, where the decoder's
 * latent codes need 128 draws per row: about three times faster than {@link SplittableRandom#nextGaussian()}.
 * <p>
 * The density is covered by 128 layers of equal area. A draw takes 32 bits of one {@code nextLong()} (the other 32
 * serve the next draw): 7 bits pick a layer and 25 bits a signed position across it; about 99% of the draws lie
 * inside the part of their layer that is wholly under the curve and cost one multiplication. The rest are decided
 * by the curve itself, and the base layer's tail beyond {@code R} by Marsaglia's exponential method, so the draws
 * are exactly normal up to the 2<sup>-24</sup> resolution of the position (the layer and the position come from
 * different bits, so they are independent).
 * <p>
 * Not thread-safe: each thread draws from its own instance, over its own random stream; the draws depend only on
 * the stream's state.
 */
final class NormalDraws {

	private static final int LAYERS = 128;
	/** Where the base layer's tail starts. */
	private static final double R = 3.442619855899;
	/** The area of every layer, the base layer's tail included. */
	private static final double AREA = 9.91256303526217e-3;
	/** 2<sup>24</sup>: the signed positions run over [-2<sup>24</sup>, 2<sup>24</sup>). */
	private static final double SCALE = 1 << 24;

	/** Positions below {@code LIMIT[i]} in magnitude lie wholly under the curve in layer {@code i}. */
	private static final int[] LIMIT = new int[LAYERS];
	/** A position times {@code WIDTH[i]} is the draw, in layer {@code i}. */
	private static final float[] WIDTH = new float[LAYERS];
	/** The density {@code exp(-x^2 / 2)} at each layer's right edge. */
	private static final double[] DENSITY = new double[LAYERS];

	static {
		// layer 0 is the base with the tail; layer 127 the top; edges x[i] fall as i rises, x[0] = R
		double edge = R;
		double base = AREA / Math.exp(-0.5 * R * R);
		LIMIT[0] = (int) (R / base * SCALE);
		WIDTH[0] = (float) (base / SCALE);
		DENSITY[0] = Math.exp(-0.5 * R * R);
		for (int i = 1; i < LAYERS; i++) {
			double next = i == LAYERS - 1 ? 0 : Math.sqrt(-2 * Math.log(AREA / edge + Math.exp(-0.5 * edge * edge)));
			LIMIT[i] = (int) (next / edge * SCALE);
			WIDTH[i] = (float) (edge / SCALE);
			DENSITY[i] = Math.exp(-0.5 * edge * edge);
			edge = next;
		}
	}

	private final SplittableRandom random;
	private long bits;
	private boolean half;

	/** Draws over this stream. */
	NormalDraws(SplittableRandom random) {
		this.random = random;
	}

	/** Fills {@code target[from, to)} with draws. */
	void fill(float[] target, int from, int to) {
		int i = from;
		if (half && i < to) {
			target[i++] = next();
		}
		// two draws from each nextLong(), without the bookkeeping of next()
		for (; i + 1 < to; i += 2) {
			long word = random.nextLong();
			target[i] = draw((int) word);
			target[i + 1] = draw((int) (word >>> 32));
		}
		if (i < to) {
			target[i] = next();
		}
	}

	/** One draw. */
	float next() {
		return draw(nextWord());
	}

	/** The draw that 32 random bits make. */
	private float draw(int word) {
		int layer = word & (LAYERS - 1);
		int position = word >> 7;
		if (Math.abs(position) < LIMIT[layer]) {
			return position * WIDTH[layer];
		}
		return outside(position, layer);
	}

	/** 32 random bits: the halves of one {@code nextLong()} in turn. */
	private int nextWord() {
		if (half) {
			half = false;
			return (int) (bits >>> 32);
		}
		bits = random.nextLong();
		half = true;
		return (int) bits;
	}

	/** The rare case: a position beyond the part of its layer that is wholly under the curve. */
	private float outside(int position, int layer) {
		while (true) {
			if (layer == 0) {
				return tail(position < 0);
			}
			double x = position * (double) WIDTH[layer];
			// the layer's rectangle reaches from the edge below (density DENSITY[layer]) to the one above
			double above = layer == LAYERS - 1 ? 1 : DENSITY[layer + 1];
			if (DENSITY[layer] + random.nextDouble() * (above - DENSITY[layer]) < Math.exp(-0.5 * x * x)) {
				return (float) x;
			}
			// a fresh word of its own, so that the pairs of words that fill() takes stay as next() takes them
			int word = (int) random.nextLong();
			layer = word & (LAYERS - 1);
			position = word >> 7;
			if (Math.abs(position) < LIMIT[layer]) {
				return position * WIDTH[layer];
			}
		}
	}

	/** A draw from the normal tail beyond {@code R}, with the sign given (Marsaglia 1964). */
	private float tail(boolean negative) {
		double x;
		double y;
		do {
			x = -Math.log(1 - random.nextDouble()) / R;
			y = -Math.log(1 - random.nextDouble());
		} while (y + y < x * x);
		return (float) (negative ? -R - x : R + x);
	}
}
