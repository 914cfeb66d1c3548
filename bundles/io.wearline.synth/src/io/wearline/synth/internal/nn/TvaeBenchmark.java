package io.wearline.synth.internal.nn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/**
 * The network's speed, for {@code wearline bench tvae}: seconds per training epoch (median of the timed epochs
 * after warm-up) and sampled rows per second, on a table shaped like the dl4j-spike's benchmark data (what CTGAN's
 * transformer makes of 8 continuous columns of 5 modes and 2 categorical columns of 5 values: 58 columns), so
 * that the figures compare with the spike's PyTorch reference (0.12 s per epoch for 10,000 rows, 1 thread).
 */
public final class TvaeBenchmark {

	/** Continuous columns of the benchmark table, each a scalar and a one-hot mode group. */
	private static final int CONTINUOUS = 8;
	private static final int MODES = 5;
	private static final int CATEGORICAL = 2;
	private static final int CATEGORIES = 5;

	/**
	 * The result of a benchmark.
	 *
	 * @param rows the training rows
	 * @param width the columns of the network's input
	 * @param threads the ND4J threads
	 * @param secondsPerEpoch the median duration of the timed epochs
	 * @param cpuSecondsPerEpoch the median processor time of the timed epochs on the training thread (with one
	 *        ND4J thread all of the work; on a busy machine steadier than the duration)
	 * @param bestEpoch the fastest timed epoch
	 * @param firstEpoch the first (warm-up) epoch
	 * @param lastLoss the mean loss of the last epoch
	 * @param sampledRowsPerSecond the network's sampling rate (without the inverse transform)
	 */
	public record Result(int rows, int width, int threads, double secondsPerEpoch, double cpuSecondsPerEpoch,
			double bestEpoch,
			double firstEpoch, double lastLoss, double sampledRowsPerSecond) {
	}

	private TvaeBenchmark() {
	}

	/**
	 * Trains a network with the default settings on the benchmark table and samples from it.
	 *
	 * @param rows the rows of the table (10,000 for the reference)
	 * @param threads the ND4J threads (set for the whole JVM)
	 * @param warmUp epochs before the timed ones
	 * @param timed the timed epochs
	 * @param sampleRows rows to sample, three times; the fastest counts
	 * @return the figures
	 */
	public static Result measure(int rows, int threads, int warmUp, int timed, int sampleRows) {
		Nd4jRuntime.start(threads);
		Rows data = table(rows, 42);
		TvaeNetwork network = TvaeNetwork.create(layout(), TvaeConfig.DEFAULT, 7);
		SplittableRandom shuffle = new SplittableRandom(123);
		double first = 0;
		double loss = 0;
		List<Double> times = new ArrayList<>();
		List<Double> cpuTimes = new ArrayList<>();
		ThreadMXBean clock = ManagementFactory.getThreadMXBean();
		for (int e = 0; e < warmUp + timed; e++) {
			long start = System.nanoTime();
			long cpuStart = clock.getCurrentThreadCpuTime();
			loss = network.trainEpoch(data, shuffle, EpochProgress.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (clock.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			if (e == 0) {
				first = seconds;
			}
			if (e >= warmUp) {
				times.add(seconds);
				cpuTimes.add(cpuSeconds);
			}
		}
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			network.sample(sampleRows, i);
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		return new Result(rows, data.width(), threads, median(times), median(cpuTimes),
				times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), first, loss,
				sampleRows / best);
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int half = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
	}

	/** The benchmark table's layout: per continuous column a scalar and a mode group, then the categories. */
	public static Layout layout() {
		List<Span> spans = new ArrayList<>();
		int start = 0;
		for (int c = 0; c < CONTINUOUS; c++) {
			spans.add(new Span(start++, 1, Span.Kind.SCALAR));
			spans.add(new Span(start, MODES, Span.Kind.SOFTMAX));
			start += MODES;
		}
		for (int c = 0; c < CATEGORICAL; c++) {
			spans.add(new Span(start, CATEGORIES, Span.Kind.SOFTMAX));
			start += CATEGORIES;
		}
		return new Layout(spans);
	}

	/**
	 * Rows of the benchmark table: five clusters that tie the modes and categories of a row together, scalars
	 * around each mode's centre within [-1, 1].
	 */
	public static Rows table(int count, long seed) {
		Layout layout = layout();
		Rows rows = Rows.zeros(count, layout.width());
		SplittableRandom random = new SplittableRandom(seed);
		for (int r = 0; r < count; r++) {
			int cluster = random.nextInt(5);
			int column = 0;
			for (int c = 0; c < CONTINUOUS; c++) {
				int mode = random.nextDouble() < 0.7 ? (cluster + c) % MODES : random.nextInt(MODES);
				double value = 0.15 * random.nextGaussian() + (mode - 2) * 0.05 + 0.02 * c;
				rows.set(r, column, (float) Math.max(-0.99, Math.min(0.99, value)));
				rows.set(r, column + 1 + mode, 1f);
				column += 1 + MODES;
			}
			for (int c = 0; c < CATEGORICAL; c++) {
				int category = random.nextDouble() < 0.6 ? cluster * (c + 1) % CATEGORIES : random.nextInt(CATEGORIES);
				rows.set(r, column + category, 1f);
				column += CATEGORIES;
			}
		}
		return rows;
	}

	/** Prints the figures for 1 and 2 threads: {@code TvaeBenchmark [rows]}. */
	public static void main(String[] args) {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int[] threads = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1, 2 };
		for (int t : threads) {
			Result result = measure(rows, t, 2, 10, 50_000);
			System.out.printf("TVAE %d x %d, %d thread(s): %.4f s/epoch median (cpu %.4f, best %.4f, first %.3f), "
					+ "last loss %.3f, sampling %.0f rows/s%n", result.rows(), result.width(), t,
					result.secondsPerEpoch(), result.cpuSecondsPerEpoch(), result.bestEpoch(), result.firstEpoch(),
					result.lastLoss(), result.sampledRowsPerSecond());
		}
	}
}
