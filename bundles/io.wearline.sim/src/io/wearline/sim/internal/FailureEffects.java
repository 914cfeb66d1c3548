package io.wearline.sim.internal;

import java.util.Arrays;

import io.wearline.model.EffectKind;

/**
 * The effects of the failure modes, per mode and sensor ({@code mode * sensors + sensor}), combined so that one
 * mode may act on a sensor in several ways at once: drifts and spikes add up, noise gains multiply, any
 * {@code stuck_at} freezes the reading, and the dropout probabilities combine as independent losses.
 */
final class FailureEffects {
	/** The chance per cycle that a {@code spike} effect shows a spike: occasional, about one cycle in twenty. */
	static final double SPIKE_CHANCE = 0.05;

	private final int sensors;
	final double[] drift;
	final double[] spike;
	final double[] noiseGain;
	final boolean[] stuck;
	final double[] dropout;
	final boolean[] any;

	FailureEffects(int modes, int sensors) {
		this.sensors = sensors;
		drift = new double[modes * sensors];
		spike = new double[modes * sensors];
		noiseGain = new double[modes * sensors];
		stuck = new boolean[modes * sensors];
		dropout = new double[modes * sensors];
		any = new boolean[modes * sensors];
		Arrays.fill(noiseGain, 1.0);
	}

	void add(int mode, int sensor, EffectKind kind, double magnitude) {
		int i = mode * sensors + sensor;
		any[i] = true;
		switch (kind) {
		case DRIFT -> drift[i] += magnitude;
		case SPIKE -> spike[i] += magnitude;
		case NOISE_GAIN -> noiseGain[i] *= Math.max(0, magnitude);
		case STUCK_AT -> stuck[i] = true;
		case DROPOUT -> dropout[i] = 1 - (1 - dropout[i]) * (1 - Math.max(0, Math.min(1, magnitude)));
		}
	}

	/** The index of a mode's effects on a sensor, or -1 when the unit has no mode. */
	int index(int mode, int sensor) {
		return mode < 0 ? -1 : mode * sensors + sensor;
	}
}
