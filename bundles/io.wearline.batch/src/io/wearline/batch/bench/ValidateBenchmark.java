package io.wearline.batch.bench;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.data.Median;
import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;

/**
 * {@code wearline bench-validate}: the median time to parse and validate generated profiles of 100 and 500
 * sensors in a warm JVM. {@code ./wearline bench validate} runs it and adds the cold start of a whole command.
 */
public final class ValidateBenchmark implements Command {
	private static final int[] SIZES = { 100, 500 };
	private static final double TARGET_MS_100 = 20;
	private static final double TARGET_MS_500 = 100;

	private final Syntax syntax = new Syntax("bench-validate", "", 0, 0)
			.option(Measurements.ITERATIONS, "N", false, "measured runs per size (default 50, after as many warm-up runs)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "benchmark: parse and validate generated profiles in a warm JVM";
	}

	@Override
	public String description() {
		return """
				Generates valid profiles of 100 and 500 sensors, parses and validates each repeatedly after a
				warm-up, and prints the median, fastest and slowest times. Targets: 20 ms (100 sensors) and
				100 ms (500 sensors) for parse + validate.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		int iterations = Measurements.iterations(arguments, 50);
		console.out().printf("%-8s %12s %12s %12s %10s %10s%n", "sensors", "parse ms", "validate ms", "total ms",
				"min ms", "max ms");
		for (int sensors : SIZES) {
			Timings timings = measure(GeneratedProfile.withSensors(sensors), iterations);
			double target = sensors == 100 ? TARGET_MS_100 : TARGET_MS_500;
			console.out().printf("%-8d %12.2f %12.2f %12.2f %10.2f %10.2f   (median of %d; target total <= %.0f ms)%n",
					sensors, timings.parse.median(), timings.validate.median(), timings.total.median(),
					timings.total.min(), timings.total.max(), iterations, target);
		}
		return ExitCode.OK;
	}

	private record Timings(Sample parse, Sample validate, Sample total) {
	}

	private static Timings measure(String text, int iterations) {
		for (int i = 0; i < iterations; i++) {
			parseAndValidate(text, new long[2]);
		}
		long[][] runs = new long[iterations][2];
		for (int i = 0; i < iterations; i++) {
			parseAndValidate(text, runs[i]);
		}
		return new Timings(new Sample(column(runs, 0)), new Sample(column(runs, 1)),
				new Sample(Arrays.stream(runs).mapToLong(r -> r[0] + r[1]).toArray()));
	}

	private static void parseAndValidate(String text, long[] nanos) {
		long start = System.nanoTime();
		XtextResource resource = MachineText.parse(text, URI.createURI("bench.machine"));
		long parsed = System.nanoTime();
		List<ProfileIssue> issues = MachineText.validate(resource);
		long validated = System.nanoTime();
		if (!issues.isEmpty()) {
			throw new IllegalStateException("the generated benchmark profile is invalid: " + issues.get(0));
		}
		nanos[0] = parsed - start;
		nanos[1] = validated - parsed;
	}

	private static long[] column(long[][] runs, int index) {
		return Arrays.stream(runs).mapToLong(r -> r[index]).toArray();
	}

	/** Times of repeated runs, in milliseconds. */
	private record Sample(double[] millis) {
		Sample(long[] nanos) {
			this(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
		}

		double median() {
			return Median.of(millis);
		}

		double min() {
			return Measurements.min(millis);
		}

		double max() {
			return Measurements.max(millis);
		}
	}
}
