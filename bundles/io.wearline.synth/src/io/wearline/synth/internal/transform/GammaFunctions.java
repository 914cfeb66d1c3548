package io.wearline.synth.internal.transform;

/**
 * The log-gamma and digamma functions for positive arguments, which the variational mixture needs for its
 * expected log weights and its lower bound. Both shift small arguments up by the recurrences and then use the
 * asymptotic (Stirling) series, accurate to about 1e-14 once the argument is above 10.
 */
final class GammaFunctions {
	private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
	private static final double SERIES_START = 10;

	private GammaFunctions() {
	}

	/** ln Γ(x) for x > 0. */
	static double logGamma(double x) {
		checkPositive(x);
		double shift = 0;
		double y = x;
		// ln Γ(y) = ln Γ(y + 1) - ln y: collect the logs of the factors as one product, renormalised so it cannot
		// overflow
		double product = 1;
		while (y < SERIES_START) {
			product *= y;
			if (product > 1e250) {
				shift += Math.log(product);
				product = 1;
			}
			y += 1;
		}
		shift += Math.log(product);
		double inverse = 1 / y;
		double inverse2 = inverse * inverse;
		double series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 * (1.0 / 1680
				- inverse2 / 1188))));
		return (y - 0.5) * Math.log(y) - y + HALF_LOG_TWO_PI + series - shift;
	}

	/** ψ(x) = d/dx ln Γ(x) for x > 0. */
	static double digamma(double x) {
		checkPositive(x);
		double result = 0;
		double y = x;
		while (y < SERIES_START) {
			result -= 1 / y;
			y += 1;
		}
		double inverse2 = 1 / (y * y);
		double series = inverse2 * (1.0 / 12 - inverse2 * (1.0 / 120 - inverse2 * (1.0 / 252 - inverse2 * (1.0 / 240
				- inverse2 / 132))));
		return result + Math.log(y) - 0.5 / y - series;
	}

	/** ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b). */
	static double logBeta(double a, double b) {
		return logGamma(a) + logGamma(b) - logGamma(a + b);
	}

	private static void checkPositive(double x) {
		if (!(x > 0) || Double.isInfinite(x)) {
			throw new IllegalArgumentException("the gamma functions here take finite x > 0, not " + x);
		}
	}
}
