package io.wearline.quality.internal;

/** The rounding SDMetrics applies before comparing values. */
public final class Rounding {
	private static final double SCALE = 1e14;

	private Rounding() {
	}

	/**
	 * {@code pandas.Series.round(14)} (numpy's {@code around}): x * 1e14 rounded half to even, divided by 1e14, in
	 * the same double operations, so that ties between real and synthetic values come out as in SDMetrics. A value
	 * too large to scale (beyond about 1.8e294) is kept, where numpy would make it infinite.
	 */
	public static double pandas14(double x) {
		double scaled = x * SCALE;
		if (Double.isInfinite(scaled)) {
			return x;
		}
		return Math.rint(scaled) / SCALE;
	}
}
