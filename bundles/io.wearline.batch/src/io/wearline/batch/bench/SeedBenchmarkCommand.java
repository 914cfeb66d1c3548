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
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.sim.SeedBenchmark;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * {@code wearline bench-seed}: the median speed of the seed simulation on one core for 1,000,000 rows of a
 * 20-sensor profile ({@link SeedBenchmark}), and, when the Parquet format is registered, the speed of writing
 * that table to Parquet and reading it back. {@code ./wearline bench seed} runs it.
 */
public final class SeedBenchmarkCommand implements Command {
	private static final int SENSORS = 20;
	private static final long ROWS = 1_000_000;
	private static final double TARGET_SIMULATION = 2_000_000;
	private static final double TARGET_WRITE = 1_000_000;
	private static final double TARGET_READ = 2_000_000;

	private final Syntax syntax = new Syntax("bench-seed", "", 0, 0)
			.option(Measurements.ITERATIONS, "N", false, "measured runs (default 5, after one warm-up run)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "benchmark: seed simulation (and Parquet write/read) rows per second on one core";
	}

	@Override
	public String description() {
		return """
				Simulates 1,000,000 rows of a generated 20-sensor profile on one thread, repeatedly after a
				warm-up, and prints the median rows per second (target >= 2,000,000). When Parquet is
				registered it also writes that table to a temporary Parquet file and reads it back (targets
				>= 1,000,000 and >= 2,000,000 rows/s).
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int iterations = Measurements.iterations(arguments, 5);
		SeedBenchmark.measure(SENSORS, ROWS, 1);
		double[] rates = new double[iterations];
		int rows = 0;
		for (int i = 0; i < iterations; i++) {
			SeedBenchmark.Result result = SeedBenchmark.measure(SENSORS, ROWS, 1);
			rates[i] = result.rowsPerSecond();
			rows = result.rows();
		}
		console.out().printf("simulation: %,d rows of %d sensors, median %,.0f rows/s (min %,.0f, max %,.0f; "
				+ "median of %d; target >= %,.0f)%n", rows, SENSORS, Measurements.median(rates),
				Measurements.min(rates), Measurements.max(rates),
				iterations, TARGET_SIMULATION);
		TableFormats formats = TableFormats.standard();
		if (!formats.writableFormats().contains("parquet") || !formats.readableFormats().contains("parquet")) {
			console.out().println("parquet: not registered, write and read not measured");
			return ExitCode.OK;
		}
		Table table = SeedTables.of(Simulation.run(SeedBenchmark.profile(SENSORS),
				SimulationOptions.ofRows(ROWS, 42), null));
		try {
			Path folder = Files.createTempDirectory("wearline-bench-seed");
			Path file = folder.resolve("seed.parquet");
			try {
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
				console.out().printf("parquet write: median %,.0f rows/s (target >= %,.0f); %,d bytes%n",
						Measurements.median(writes), TARGET_WRITE, Files.size(file));
				console.out().printf("parquet read:  median %,.0f rows/s (target >= %,.0f)%n", Measurements.median(reads),
						TARGET_READ);
			} finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(folder);
			}
		} catch (IOException e) {
			console.err().println("wearline bench-seed: Parquet round trip failed: " + e.getMessage());
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}
}
