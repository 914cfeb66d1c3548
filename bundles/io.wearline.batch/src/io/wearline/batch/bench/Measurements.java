package io.wearline.batch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.wearline.batch.Arguments;
import io.wearline.batch.UsageException;

/**
 * What every benchmark shares: how many measured runs the user asked for, the median of the runs, and what the
 * process used (peak memory, native libraries).
 */
final class Measurements {
	static final String ITERATIONS = "--iterations";

	private Measurements() {
	}

	/** The value of {@code --iterations}, or {@code byDefault}; a usage error unless it is a whole number ≥ 1. */
	static int iterations(Arguments arguments, int byDefault) throws UsageException {
		return positive(arguments, ITERATIONS, byDefault);
	}

	/** The value of {@code option}, or {@code byDefault}; a usage error unless it is a whole number ≥ 1. */
	static int positive(Arguments arguments, String option, int byDefault) throws UsageException {
		String value = arguments.value(option).orElse(Integer.toString(byDefault));
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " takes a whole number of at least 1, not '" + value + "'");
	}

	static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	/**
	 * The processor time of the whole process so far, every thread's, in seconds; NaN where the JVM does not say.
	 * On a shared machine this is steadier than wall time: it counts only what the process itself did.
	 */
	static double processCpuSeconds() {
		try {
			if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
				long nanos = os.getProcessCpuTime();
				return nanos < 0 ? Double.NaN : nanos / 1e9;
			}
		} catch (LinkageError e) {
			// a JVM without com.sun.management: no figure
		}
		return Double.NaN;
	}

	/** The process's peak resident memory so far (VmHWM of /proc/self/status) in bytes, or -1 where there is none. */
	static long peakResidentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
					return Long.parseLong(parts[0]) * (parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? 1024 : 1);
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or a format we do not know: no figure
		}
		return -1;
	}

	/**
	 * The files of the native libraries mapped into this process whose name contains {@code fragment}
	 * (case-insensitive), from /proc/self/maps: which BLAS really runs, whatever the search path said.
	 */
	static List<String> mappedLibraries(String fragment) {
		TreeSet<String> files = new TreeSet<>();
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
				int slash = line.indexOf('/');
				if (slash >= 0) {
					String file = line.substring(slash);
					String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
					if (name.contains(fragment.toLowerCase(Locale.ROOT)) && name.contains(".so")) {
						files.add(file);
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux: nothing to say
		}
		return files.isEmpty() ? List.of("unknown") : List.copyOf(files);
	}
}
