package io.wearline.batch.bench;

import java.util.SplittableRandom;

import io.wearline.data.Median;
import io.wearline.data.Table;
import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Rows;
import io.wearline.synth.SynthesizerNetwork;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.TransformerOptions;

/**
 * Times the TVAE synthesizer on one table the way {@code wearline train} and {@code generate} use it: the data
 * transformer's fit and transform, training epochs with the default settings, and sampling rows end to end
 * (network and inverse transform, into a table). Every run uses the same seeds, so runs differ only in time.
 */
final class SynthesizerTiming {
	/** The seeds of the transformer, its transform, the network and the shuffle of its rows. */
	private static final long TRANSFORMER_SEED = 7;
	private static final long TRANSFORM_SEED = 1;
	private static final long NETWORK_SEED = 7;
	private static final long SHUFFLE_SEED = 123;
	private static final int TRANSFORM_RUNS = 5;

	/**
	 * The transformer fitted on the table and the table in the network's numeric form.
	 *
	 * @param transformer the fitted transformer
	 * @param rows the table transformed
	 * @param fitSeconds the fit's duration (one run)
	 * @param transformSeconds the median duration of the transforms
	 */
	record Fitting(DataTransformer transformer, Rows rows, double fitSeconds, double transformSeconds) {
	}

	/**
	 * Training and sampling at one thread count.
	 *
	 * @param threads the ND4J threads (and sampling threads)
	 * @param epochSeconds the duration of every timed epoch
	 * @param epochCpuSeconds the process's processor time per timed epoch, their mean (the clock behind it may tick
	 *        only every 10 ms, too coarse for one epoch; NaN where unknown)
	 * @param firstEpochSeconds the first warm-up epoch's duration
	 * @param lastLoss the last epoch's mean loss
	 * @param sampledRowsPerSecond the rate of every timed sampling run, network and inverse transform together
	 * @param networkSeconds the network's part of every timed sampling run
	 * @param inverseSeconds the inverse transform's part of every timed sampling run
	 * @param sampledRowsPerCpuSecond the rows of the timed sampling runs per second of the process's processor
	 *        time, over all of them (NaN where unknown)
	 */
	record Speed(int threads, double[] epochSeconds, double epochCpuSeconds, double firstEpochSeconds,
			double lastLoss, double[] sampledRowsPerSecond, double[] networkSeconds, double[] inverseSeconds,
			double sampledRowsPerCpuSecond) {
	}

	private SynthesizerTiming() {
	}

	/** Fits the transformer on {@code table} and transforms it {@value #TRANSFORM_RUNS} times. */
	static Fitting fit(Table table) {
		long start = System.nanoTime();
		DataTransformer transformer = DataTransformer.fit(table,
				TransformerOptions.defaults().withSeed(TRANSFORMER_SEED));
		double fit = seconds(start);
		double[] transforms = new double[TRANSFORM_RUNS];
		Rows rows = null;
		for (int i = 0; i < TRANSFORM_RUNS; i++) {
			long before = System.nanoTime();
			rows = transformer.transform(table, TRANSFORM_SEED);
			transforms[i] = seconds(before);
		}
		return new Fitting(transformer, rows, fit, Median.of(transforms));
	}

	/**
	 * Trains a new network on the fitted rows with {@code threads} ND4J threads for {@code warmUp} and then
	 * {@code timed} epochs, then samples {@code sampleRows} rows end to end once to warm up and {@code sampleRuns}
	 * times timed.
	 */
	static Speed measure(Fitting fitting, int threads, int warmUp, int timed, int sampleRows, int sampleRuns) {
		Nd4jRuntime.start(threads);
		SynthesizerNetwork network = SynthesizerNetwork.create(fitting.transformer().layout(), NETWORK_SEED);
		SplittableRandom shuffle = new SplittableRandom(SHUFFLE_SEED);
		double[] epochs = new double[timed];
		double first = 0;
		double loss = Double.NaN;
		double timedCpuStart = Double.NaN;
		for (int e = 0; e < warmUp + timed; e++) {
			if (e == warmUp) {
				timedCpuStart = Measurements.processCpuSeconds();
			}
			long start = System.nanoTime();
			loss = network.trainEpoch(fitting.rows(), shuffle);
			double seconds = seconds(start);
			if (e == 0) {
				first = seconds;
			}
			if (e >= warmUp) {
				epochs[e - warmUp] = seconds;
			}
		}
		double epochCpu = (Measurements.processCpuSeconds() - timedCpuStart) / timed;
		double[] rates = new double[sampleRuns];
		double[] networkParts = new double[sampleRuns];
		double[] inverseParts = new double[sampleRuns];
		double samplingCpuStart = Double.NaN;
		for (int i = -1; i < sampleRuns; i++) {
			if (i == 0) {
				samplingCpuStart = Measurements.processCpuSeconds();
			}
			long start = System.nanoTime();
			Rows sampled = network.sample(sampleRows, i);
			long between = System.nanoTime();
			Table table = fitting.transformer().inverse(sampled, new SplittableRandom(i));
			long end = System.nanoTime();
			if (table.rowCount() != sampleRows) {
				throw new IllegalStateException("sampled " + table.rowCount() + " rows of " + sampleRows);
			}
			if (i >= 0) {
				rates[i] = sampleRows / ((end - start) / 1e9);
				networkParts[i] = (between - start) / 1e9;
				inverseParts[i] = (end - between) / 1e9;
			}
		}
		double rowsPerCpuSecond = (double) sampleRows * sampleRuns
				/ (Measurements.processCpuSeconds() - samplingCpuStart);
		return new Speed(threads, epochs, epochCpu, first, loss, rates, networkParts, inverseParts,
				rowsPerCpuSecond);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
