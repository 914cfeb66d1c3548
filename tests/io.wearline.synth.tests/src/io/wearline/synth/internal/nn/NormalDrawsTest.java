package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The ziggurat's draws are standard normal, tails included, and follow from the stream alone. */
class NormalDrawsTest {
	private static final int DRAWS = 2_000_000;

	@Test
	void theDrawsAreStandardNormal() {
		float[] draws = new float[DRAWS];
		new NormalDraws(new SplittableRandom(1)).fill(draws, 0, DRAWS);
		double sum = 0;
		double squares = 0;
		for (float x : draws) {
			sum += x;
			squares += x * (double) x;
		}
		double mean = sum / DRAWS;
		// standard errors: 1 / sqrt(n) = 7e-4 for the mean, sqrt(2 / n) = 1e-3 for the variance
		assertEquals(0, mean, 0.004);
		assertEquals(1, squares / DRAWS - mean * mean, 0.005);
		// Kolmogorov-Smirnov: at 2 million draws the 0.1% critical distance is 1.95 / sqrt(n) = 0.0014
		Arrays.sort(draws);
		double distance = 0;
		for (int i = 0; i < DRAWS; i++) {
			double cdf = normalCdf(draws[i]);
			distance = Math.max(distance, Math.max(Math.abs(cdf - i / (double) DRAWS),
					Math.abs(cdf - (i + 1) / (double) DRAWS)));
		}
		assertTrue(distance < 0.0014, "KS distance " + distance);
	}

	@Test
	void theTailsBeyondTheBaseLayerHaveTheirShare() {
		float[] draws = new float[DRAWS];
		new NormalDraws(new SplittableRandom(2)).fill(draws, 0, DRAWS);
		int beyondThree = 0;
		int beyondBase = 0;
		int negative = 0;
		for (float x : draws) {
			beyondThree += Math.abs(x) > 3 ? 1 : 0;
			// the base layer's tail starts at 3.4426: these come from the tail method
			beyondBase += Math.abs(x) > 3.6 ? 1 : 0;
			negative += x < 0 ? 1 : 0;
		}
		// P(|x| > 3) = 0.0026998, P(|x| > 3.6) = 0.00031822; about 5400 and 640 expected
		assertEquals(0.0026998, beyondThree / (double) DRAWS, 0.0002);
		assertEquals(0.00031822, beyondBase / (double) DRAWS, 0.00008);
		assertEquals(0.5, negative / (double) DRAWS, 0.002);
	}

	@Test
	void theDrawsDependOnlyOnTheStream() {
		float[] bulk = new float[1001];
		new NormalDraws(new SplittableRandom(3)).fill(bulk, 0, bulk.length);
		// one at a time, and in odd pieces, give the same draws
		float[] single = new float[bulk.length];
		NormalDraws one = new NormalDraws(new SplittableRandom(3));
		for (int i = 0; i < single.length; i++) {
			single[i] = one.next();
		}
		float[] pieces = new float[bulk.length];
		NormalDraws some = new NormalDraws(new SplittableRandom(3));
		some.fill(pieces, 0, 7);
		pieces[7] = some.next();
		some.fill(pieces, 8, bulk.length);
		assertArrayEquals(bulk, single);
		assertArrayEquals(bulk, pieces);
	}

	/** The standard normal distribution function on a grid of 1/1000 up to 8, integrated by Simpson's rule. */
	private static final double[] CDF_GRID = cdfGrid();
	private static final double STEP = 0.001;

	private static double[] cdfGrid() {
		double[] grid = new double[8001];
		grid[0] = 0.5;
		for (int i = 1; i < grid.length; i++) {
			double a = (i - 1) * STEP;
			double b = i * STEP;
			grid[i] = grid[i - 1] + STEP / 6 * (density(a) + 4 * density((a + b) / 2) + density(b));
		}
		return grid;
	}

	private static double density(double x) {
		return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
	}

	/** The standard normal distribution function, interpolated on the grid (error under 1e-7). */
	private static double normalCdf(double x) {
		double z = Math.min(Math.abs(x) / STEP, CDF_GRID.length - 1.001);
		int i = (int) z;
		double upper = CDF_GRID[i] + (z - i) * (CDF_GRID[i + 1] - CDF_GRID[i]);
		return x >= 0 ? upper : 1 - upper;
	}
}
