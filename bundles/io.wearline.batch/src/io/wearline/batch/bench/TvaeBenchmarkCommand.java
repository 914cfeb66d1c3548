package io.wearline.batch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.LoadedProfile;
import io.wearline.core.MachineTemplate;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.core.TemplateRegistry;
import io.wearline.data.Median;
import io.wearline.data.Table;
import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * {@code wearline bench-tvae}: the TVAE synthesizer's speed on a table shaped like the AI4I 2020 data
 * ({@link MillingTable}) and on the seed data of the turbofan template: the transformer's fit and transform, the
 * median seconds per training epoch at 1 and 2 threads, sampling rows per second end to end, and the JVM's peak
 * resident memory. With {@code --network-csv} it also writes each table's network input for the PyTorch
 * reference, which {@code ./wearline bench tvae} then runs on the same rows and compares.
 */
public final class TvaeBenchmarkCommand implements Command {
	static final String AI4I = "ai4i";
	static final String TURBOFAN = "turbofan";
	private static final double TARGET_SAMPLED_ROWS = 200_000;
	private static final long MILLING_SEED = 42;

	private static final String THREADS = "--threads";
	private static final String EPOCHS = "--epochs";
	private static final String WARM_UP = "--warm-up";
	private static final String ROWS = "--rows";
	private static final String SAMPLE_ROWS = "--sample-rows";
	private static final String SAMPLE_RUNS = "--sample-runs";
	private static final String TABLES = "--tables";
	private static final String PROFILE = "--profile";
	private static final String NETWORK_CSV = "--network-csv";

	private final Syntax syntax = new Syntax("bench-tvae", "", 0, 0)
			.option(THREADS, "LIST", false, "ND4J thread counts to measure, comma-separated (default 1,2)")
			.option(EPOCHS, "N", false, "timed training epochs per thread count (default 10)")
			.option(WARM_UP, "N", false, "untimed epochs before them (default 2)")
			.option(ROWS, "N", false, "rows of the AI4I-shaped table (default 10,000)")
			.option(SAMPLE_ROWS, "N", false, "rows per sampling run (default 50,000)")
			.option(SAMPLE_RUNS, "N", false, "timed sampling runs per thread count (default 5, after one warm-up)")
			.option(TABLES, "LIST", false, "the tables, comma-separated: ai4i, turbofan (default both)")
			.option(PROFILE, "FILE", false, "the profile whose seed data is the turbofan table (default: the "
					+ "turbofan template)")
			.option(NETWORK_CSV, "DIR", false, "write each table's network input to DIR/<table>.csv for the "
					+ "PyTorch reference");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "benchmark: TVAE training seconds per epoch, sampling rows per second, peak memory";
	}

	@Override
	public String description() {
		return """
				Trains the TVAE network with its default settings on two tables: 10,000 rows shaped like the
				AI4I 2020 predictive maintenance data (5 continuous and 7 categorical columns, generated from a
				seed) and the seed data of the turbofan template. For each thread count it prints the median
				seconds per epoch of the timed epochs after the warm-up, and the median rate of sampling 50,000
				rows end to end (network and inverse transform into a table; target >= 200,000 rows/s), each
				also in processor time, which a busy machine disturbs less; for each table the transformer's fit
				and transform time; at the end the JVM's peak resident memory (VmHWM) and the BLAS library
				loaded. Lines starting with RESULT are for scripts.
				'./wearline bench tvae' runs this with --network-csv and then the dl4j-spike's PyTorch
				reference on the same rows, and prints the ratio of the seconds per epoch (target <= 1.0).
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int[] threads = positiveList(arguments, THREADS, "1,2");
		int timed = Measurements.positive(arguments, EPOCHS, 10);
		int warmUp = Measurements.positive(arguments, WARM_UP, 2);
		int rows = Measurements.positive(arguments, ROWS, 10_000);
		int sampleRows = Measurements.positive(arguments, SAMPLE_ROWS, 50_000);
		int sampleRuns = Measurements.positive(arguments, SAMPLE_RUNS, 5);
		List<String> tables = tables(arguments);
		Optional<Path> profileFile = arguments.has(PROFILE)
				? Optional.of(console.resolve(arguments.value(PROFILE).orElseThrow()))
				: Optional.empty();
		Optional<Path> csvFolder = arguments.has(NETWORK_CSV)
				? Optional.of(console.resolve(arguments.value(NETWORK_CSV).orElseThrow()))
				: Optional.empty();

		Nd4jRuntime.start(threads[0]);
		console.out().printf(Locale.ROOT, "Java %s, %d processors; ND4J %s; BLAS loaded: %s%n",
				Runtime.version(), Runtime.getRuntime().availableProcessors(), Nd4jRuntime.ND4J_VERSION,
				String.join(", ", Measurements.mappedLibraries("blas")));
		for (String name : tables) {
			Table table;
			String description;
			if (name.equals(AI4I)) {
				table = MillingTable.generate(rows, MILLING_SEED);
				description = "AI4I 2020-shaped milling table (seed " + MILLING_SEED + ")";
			} else {
				MachineProfile profile = profile(profileFile, console);
				if (profile == null) {
					return ExitCode.FAILED;
				}
				table = seedTable(profile);
				description = "seed data of " + profileFile.map(Path::toString).orElse("the turbofan template");
			}
			SynthesizerTiming.Fitting fitting = SynthesizerTiming.fit(table);
			console.out().printf(Locale.ROOT, "%n== %s: %s, %,d rows x %d columns -> %d network columns%n", name,
					description, table.rowCount(), table.columnCount(), fitting.transformer().layout().width());
			console.out().printf(Locale.ROOT, "transformer: fit %.3f s, transform %.4f s (median of 5)%n",
					fitting.fitSeconds(), fitting.transformSeconds());
			if (csvFolder.isPresent()) {
				Path csv = csvFolder.get().resolve(name + ".csv");
				try {
					NetworkCsv.write(fitting.transformer().layout(), fitting.rows(), csv);
				} catch (IOException e) {
					console.err().println("wearline bench-tvae: cannot write " + csv + ": " + e.getMessage());
					return ExitCode.FAILED;
				}
				console.out().println("network input written to " + csv);
			}
			console.out().printf(Locale.ROOT, "%7s %9s %11s %8s %8s %8s %9s | %15s %9s %9s %14s%n", "threads",
					"s/epoch", "cpu s/epoch", "fastest", "slowest", "first", "last loss",
					"sampled rows/s", "network s", "inverse s", "rows/cpu-s");
			for (int t : threads) {
				SynthesizerTiming.Speed speed = SynthesizerTiming.measure(fitting, t, warmUp, timed, sampleRows,
						sampleRuns);
				print(name, fitting, speed, console);
			}
			console.out().printf(Locale.ROOT, "(s/epoch: median of %d epochs after %d warm-up; cpu s/epoch: the process's "
					+ "processor time, mean; sampling: %,d rows end to end, median of %d runs, target >= %,.0f rows/s; "
					+ "rows/cpu-s: per second of processor time, at 1 thread about what an idle core reaches)%n", timed,
					warmUp, sampleRows, sampleRuns, TARGET_SAMPLED_ROWS);
		}
		long peak = Measurements.peakResidentBytes();
		console.out().printf(Locale.ROOT, "%npeak resident memory (VmHWM) of this JVM: %s%n",
				peak < 0 ? "unknown (no /proc/self/status)" : String.format(Locale.ROOT, "%,d MB", peak >> 20));
		console.out().printf(Locale.ROOT, "RESULT peak_rss_mb=%d%n", peak < 0 ? -1 : peak >> 20);
		console.out().printf(Locale.ROOT, "RESULT blas=%s%n", String.join(",", Measurements.mappedLibraries("blas")));
		return ExitCode.OK;
	}

	private static void print(String name, SynthesizerTiming.Fitting fitting, SynthesizerTiming.Speed speed,
			Console console) {
		double perEpoch = Median.of(speed.epochSeconds());
		double cpu = speed.epochCpuSeconds();
		double rate = Median.of(speed.sampledRowsPerSecond());
		double cpuRate = speed.sampledRowsPerCpuSecond();
		console.out().printf(Locale.ROOT, "%7d %9.4f %11.4f %8.4f %8.4f %8.3f %9.3f | %,15.0f %9.4f %9.4f %,14.0f%n",
				speed.threads(), perEpoch, cpu, Measurements.min(speed.epochSeconds()),
				Measurements.max(speed.epochSeconds()), speed.firstEpochSeconds(), speed.lastLoss(), rate,
				Median.of(speed.networkSeconds()), Median.of(speed.inverseSeconds()), cpuRate);
		console.out().printf(Locale.ROOT, "RESULT table=%s threads=%d rows=%d width=%d seconds_per_epoch=%.4f "
				+ "cpu_seconds_per_epoch=%.4f sampled_rows_per_second=%.0f sampled_rows_per_cpu_second=%.0f "
				+ "transform_seconds=%.4f%n", name, speed.threads(), fitting.rows().count(), fitting.rows().width(),
				perEpoch, cpu, rate, cpuRate, fitting.transformSeconds());
	}

	/** The turbofan template, or the profile file given; null (after saying why) when it cannot be had. */
	private static MachineProfile profile(Optional<Path> file, Console console) {
		if (file.isPresent()) {
			LoadedProfile loaded = Profiles.get().load(file.get());
			if (loaded.hasErrors() || loaded.profile() == null) {
				console.err().println("wearline bench-tvae: " + file.get() + " is not a valid profile:");
				for (ProfileProblem problem : loaded.problems()) {
					console.err().println("  " + problem.withSource(file.get().toString()).format());
				}
				return null;
			}
			return loaded.profile();
		}
		Optional<MachineTemplate> template = TemplateRegistry.get().find(TURBOFAN);
		if (template.isEmpty()) {
			console.err().println("wearline bench-tvae: the turbofan template is not installed; give a profile "
					+ "with " + PROFILE + " or leave the table out with " + TABLES + " " + AI4I);
			return null;
		}
		try {
			return TemplateRegistry.get().instantiate(template.get(), TURBOFAN);
		} catch (IOException e) {
			console.err().println("wearline bench-tvae: " + e.getMessage());
			return null;
		}
	}

	/** The profile's seed data as {@code wearline seed} makes it: the dataset's rows and seed, one thread. */
	private static Table seedTable(MachineProfile profile) {
		return SeedTables.of(Simulation.run(profile, SimulationOptions.of(profile).withThreads(1), null));
	}

	private static List<String> tables(Arguments arguments) throws UsageException {
		String text = arguments.value(TABLES).orElse(AI4I + "," + TURBOFAN);
		List<String> tables = new ArrayList<>();
		for (String name : text.split(",")) {
			String trimmed = name.trim();
			if (!trimmed.equals(AI4I) && !trimmed.equals(TURBOFAN)) {
				throw new UsageException(TABLES + " takes ai4i and turbofan, comma-separated, not '" + trimmed + "'");
			}
			if (!tables.contains(trimmed)) {
				tables.add(trimmed);
			}
		}
		return tables;
	}

	private static int[] positiveList(Arguments arguments, String option, String byDefault) throws UsageException {
		String value = arguments.value(option).orElse(byDefault);
		try {
			int[] numbers = Arrays.stream(value.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
			if (numbers.length > 0 && Arrays.stream(numbers).allMatch(n -> n >= 1)) {
				return numbers;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " takes whole numbers of at least 1, comma-separated, not '" + value + "'");
	}
}
