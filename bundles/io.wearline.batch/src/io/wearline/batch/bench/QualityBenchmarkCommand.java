package io.wearline.batch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.data.Median;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.internal.bench.QualityBenchmark;

/**
 * {@code wearline bench-quality}: the median time of a full quality report without utility for 50,000 x 25 against
 * 50,000 x 25 (and a 50,000-row holdout; target 2 s), of the utility part (target 10 s), both by
 * {@link QualityBenchmark}, and of a full report on NASA's FD001 against a peer TVAE's table, printed beside the
 * 0.94 s SDMetrics 0.29 took for it on this kind of machine. {@code ./wearline bench quality} runs it.
 */
public final class QualityBenchmarkCommand implements Command {
	private static final int ROWS = 50_000;
	private static final int COLUMNS = 25;
	private static final double TARGET_REPORT = 2;
	private static final double TARGET_UTILITY = 10;
	private static final double SDMETRICS_FD001 = 0.94;
	private static final String FIXTURE = "--fixture";

	private final Syntax syntax = new Syntax("bench-quality", "", 0, 0)
			.option(Measurements.ITERATIONS, "N", false, "measured runs (default 5, after one warm-up run)")
			.option(FIXTURE, "DIR", false, "the FD001 fixture folder (default: the quality test bundle's data/fd001"
					+ " or shared/data/quality-fixture-fd001 above the working directory)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "benchmark: quality report and utility on 50,000 x 25 rows, and on NASA's FD001";
	}

	@Override
	public String description() {
		return """
				Scores a generated real, synthetic and holdout table of 50,000 rows x 25 columns (numbers
				driven by shared factors, categories, a flag, units and cycles) after a warm-up run, and prints
				the median time of the full report without utility (target <= 2 s) and of the utility part,
				two forests trained and tested twice (target <= 10 s). When the FD001 fixture is found, it
				also prints the median time of a full report on NASA's 20,631 x 24 table against a peer TVAE's
				10,000 x 24, beside SDMetrics 0.29's 0.94 s for its quality report on the same tables.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int iterations = Measurements.iterations(arguments, 5);
		Path named = arguments.has(FIXTURE) ? console.resolve(arguments.value(FIXTURE).orElseThrow()) : null;
		Optional<Path> fixture = Fd001Fixture.find(console.workingDirectory(), named);
		if (named != null && fixture.isEmpty()) {
			throw new UsageException(FIXTURE + ": " + named + " holds no FD001 fixture (train_FD001.txt.gz and"
					+ " synthetic_tvae_fd001.part1.csv.gz)");
		}
		QualityBenchmark.measure(ROWS, COLUMNS, 1, true);
		QualityBenchmark.Result result = QualityBenchmark.measure(ROWS, COLUMNS, iterations, true);
		console.out().printf(Locale.ROOT, "report without utility: %,d x %d against %,d x %d (and a holdout), median"
				+ " %.2f s (min %.2f, max %.2f; median of %d; target <= %.0f s); overall %.3f%n", ROWS, COLUMNS, ROWS,
				COLUMNS, result.medianReportSeconds(), Measurements.min(result.reportSeconds()),
				Measurements.max(result.reportSeconds()), iterations, TARGET_REPORT, result.overall());
		console.out().printf(Locale.ROOT, "utility: x1 by regression and flag by classification, median %.2f s"
				+ " (min %.2f, max %.2f; median of %d; target <= %.0f s)%n", result.medianUtilitySeconds(),
				Measurements.min(result.utilitySeconds()), Measurements.max(result.utilitySeconds()), iterations,
				TARGET_UTILITY);
		if (fixture.isEmpty()) {
			console.out().println("FD001: fixture not found (tests/io.wearline.quality.tests/data/fd001 or"
					+ " shared/data/quality-fixture-fd001); skipped");
			return ExitCode.OK;
		}
		try {
			fd001(Fd001Fixture.read(fixture.get()), iterations, console);
		} catch (IOException e) {
			console.err().println("wearline bench-quality: cannot read the FD001 fixture in " + fixture.get() + ": "
					+ e.getMessage());
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}

	private static void fd001(Fd001Fixture fixture, int iterations, Console console) {
		ScoringOptions options = ScoringOptions.defaults();
		QualityScoring.score(fixture.real(), fixture.synthetic(), options);
		double[] seconds = new double[iterations];
		double overall = Double.NaN;
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			overall = QualityScoring.score(fixture.real(), fixture.synthetic(), options).overall();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		console.out().printf(Locale.ROOT, "FD001: %,d x %d against %,d x %d, full report median %.2f s (min %.2f,"
				+ " max %.2f; median of %d); SDMetrics 0.29.0 quality report: %.2f s; overall %.4f (SDMetrics"
				+ " 0.8564)%n", fixture.real().rowCount(), fixture.real().columnCount(), fixture.synthetic().rowCount(),
				fixture.synthetic().columnCount(), Median.of(seconds), Measurements.min(seconds),
				Measurements.max(seconds), iterations, SDMETRICS_FD001, overall);
	}
}
