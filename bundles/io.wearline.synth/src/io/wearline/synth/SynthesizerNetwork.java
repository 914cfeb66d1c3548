package io.wearline.synth;

import java.util.random.RandomGenerator;

import io.wearline.synth.internal.nn.EpochProgress;
import io.wearline.synth.internal.nn.TvaeConfig;
import io.wearline.synth.internal.nn.TvaeNetwork;

/**
 * The TVAE network alone, with the default settings, on rows already transformed: what a training epoch and a
 * sample cost without the run around them (checkpoints, validation, run records). For benchmarks; a training goes
 * through {@link TrainingJob}.
 */
public final class SynthesizerNetwork {

	private final TvaeNetwork network;

	private SynthesizerNetwork(TvaeNetwork network) {
		this.network = network;
	}

	/**
	 * A new network for a layout, its weights drawn from a seed. ND4J must be started
	 * ({@code io.wearline.lib.ml.Nd4jRuntime.start}).
	 */
	public static SynthesizerNetwork create(Layout layout, long seed) {
		return new SynthesizerNetwork(TvaeNetwork.create(layout, TvaeConfig.DEFAULT, seed));
	}

	/** Trains one epoch over the rows, shuffled by the generator; returns the epoch's mean loss. */
	public double trainEpoch(Rows rows, RandomGenerator shuffle) {
		return network.trainEpoch(rows, shuffle, EpochProgress.NONE);
	}

	/** Samples rows in the network's numeric form. */
	public Rows sample(int count, long seed) {
		return network.sample(count, seed);
	}
}
