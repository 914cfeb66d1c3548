package io.wearline.batch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.sim.SeedOutput;
import io.wearline.data.Median;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.model.ProfileDefaults;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;
import io.wearline.sim.internal.bench.SeedBenchmark;

/**
 * {@code wearline bench-seed}: the median speed of the seed simulation on one core for 1,000,000 rows of a
 * 20-sensor profile ({@link SeedBenchmark}), and, when the Parquet format is registered, the speed of writing
 * that table to Parquet and reading it back, and the peak heap of {@code wearline seed}'s streaming of
 * 10,000,000 rows into Parquet ({@link SeedOutput}, measured by {@link HeapWatch}). {@code ./wearline bench seed}
 * runs it.
 */
public final class SeedBenchmarkCommand implements Command {
	private static final int SENSORS = 20;
	private static final long ROWS = 1_000_000;
	private static final long STREAM_ROWS = 10_000_000;
	private static final double TARGET_SIMULATION = 2_000_000;
	private static final double TARGET_WRITE = 1_000_000;
	private static final double TARGET_READ = 2_000_000;
	private static final double TARGET_HEAP_MB = 512;
	private static final double MB = 1024 * 1024;
	private static final String STREAM_RUNS = "--stream-runs";

	private final Syntax syntax = new Syntax("bench-seed", "", 0, 0)
			.option(Measurements.ITERATIONS, "N", false, "measured runs (default 5, after one warm-up run)")
			.option(STREAM_RUNS, "N", false, "runs of the 10,000,000-row stream into Parquet (default 3; 0: none)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "benchmark: seed simulation and Parquet write/read rows per second, heap of a 10M-row stream";
	}

	@Override
	public String description() {
		return """
				Simulates 1,000,000 rows of a generated 20-sensor profile on one thread, repeatedly after a
				warm-up, and prints the median rows per second (target >= 2,000,000). When Parquet is
				registered it also writes that table to a temporary Parquet file and reads it back (targets
				>= 1,000,000 and >= 2,000,000 rows/s), and streams 10,000,000 rows into Parquet as
				'wearline seed' does, printing the peak heap left after a garbage collection (target under
				512 MB) and the rows per second of simulation and writing together.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int iterations = Measurements.iterations(arguments, 5);
		int streamRuns = streamRuns(arguments);
		simulation(console, iterations);
		TableFormats formats = TableFormats.standard();
		if (!formats.writableFormats().contains("parquet") || !formats.readableFormats().contains("parquet")) {
			console.out().println("parquet: not registered, write and read not measured");
			return ExitCode.OK;
		}
		try {
			Path folder = Files.createTempDirectory("wearline-bench-seed");
			try {
				writeAndRead(console, formats, folder.resolve("seed.parquet"), iterations);
				if (streamRuns > 0) {
					stream(console, formats, folder.resolve("stream.parquet"), streamRuns);
				}
			} finally {
				Files.deleteIfExists(folder.resolve("seed.parquet"));
				Files.deleteIfExists(folder.resolve("stream.parquet"));
				Files.deleteIfExists(folder);
			}
		} catch (IOException e) {
			console.err().println("wearline bench-seed: Parquet benchmark failed: " + e.getMessage());
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}

	private static int streamRuns(Arguments arguments) throws UsageException {
		String value = arguments.value(STREAM_RUNS).orElse("3");
		try {
			int n = Integer.parseInt(value);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(STREAM_RUNS + " takes a whole number of at least 0, not '" + value + "'");
	}

	private static void simulation(Console console, int iterations) {
		SeedBenchmark.measure(SENSORS, ROWS, 1);
		double[] rates = new double[iterations];
		int rows = 0;
		for (int i = 0; i < iterations; i++) {
			SeedBenchmark.Result result = SeedBenchmark.measure(SENSORS, ROWS, 1);
			rates[i] = result.rowsPerSecond();
			rows = result.rows();
		}
		console.out().printf("simulation: %,d rows of %d sensors, median %,.0f rows/s (min %,.0f, max %,.0f; "
				+ "median of %d; target >= %,.0f)%n", rows, SENSORS, Median.of(rates),
				Measurements.min(rates), Measurements.max(rates), iterations, TARGET_SIMULATION);
	}

	/** Writes the 1,000,000-row table and reads it back; the table is garbage when this returns. */
	private static void writeAndRead(Console console, TableFormats formats, Path file, int iterations)
			throws IOException {
		Table table = SeedTables.of(Simulation.run(SeedBenchmark.profile(SENSORS),
				SimulationOptions.ofRows(ROWS, ProfileDefaults.SEED), null));
		double[] writes = new double[iterations];
		double[] reads = new double[iterations];
		formats.write(table, file);
		formats.read(file, ReadOptions.defaults());
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			formats.write(table, file);
			long written = System.nanoTime();
			int read = formats.read(file, ReadOptions.defaults()).table().rowCount();
			long done = System.nanoTime();
			if (read != table.rowCount()) {
				throw new IllegalStateException("read back " + read + " rows of " + table.rowCount());
			}
			writes[i] = table.rowCount() / ((written - start) / 1e9);
			reads[i] = table.rowCount() / ((done - written) / 1e9);
		}
		console.out().printf("parquet write: median %,.0f rows/s (min %,.0f, max %,.0f; median of %d; target >= "
				+ "%,.0f); %,d bytes%n", Median.of(writes), Measurements.min(writes),
				Measurements.max(writes), iterations, TARGET_WRITE, Files.size(file));
		console.out().printf("parquet read:  median %,.0f rows/s (min %,.0f, max %,.0f; median of %d; target >= "
				+ "%,.0f)%n", Median.of(reads), Measurements.min(reads), Measurements.max(reads),
				iterations, TARGET_READ);
	}

	/** Streams 10,000,000 rows into Parquet as {@code wearline seed} does, watching the heap. */
	private static void stream(Console console, TableFormats formats, Path file, int runs) throws IOException {
		double[] peaks = new double[runs];
		double[] rates = new double[runs];
		long rows = 0;
		for (int i = 0; i < runs; i++) {
			try (HeapWatch heap = new HeapWatch()) {
				long start = System.nanoTime();
				SeedOutput.Summary written = SeedOutput.write(SeedBenchmark.profile(SENSORS),
						SimulationOptions.ofRows(STREAM_ROWS, ProfileDefaults.SEED), TableLocation.of(file), formats, null);
				rates[i] = written.rows() / ((System.nanoTime() - start) / 1e9);
				peaks[i] = heap.peakBytes() / MB;
				rows = written.rows();
			}
		}
		console.out().printf("parquet stream: %,d rows simulated and written chunk by chunk, peak heap after GC "
				+ "median %,.0f MB (min %,.0f, max %,.0f; median of %d; target < %,.0f MB; max heap %,.0f MB); "
				+ "median %,.0f rows/s; %,d bytes%n", rows, Median.of(peaks), Measurements.min(peaks),
				Measurements.max(peaks), runs, TARGET_HEAP_MB, Runtime.getRuntime().maxMemory() / MB,
				Median.of(rates), Files.size(file));
	}
}
