package io.wearline.sim;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

import io.wearline.data.ParquetOptions;
import io.wearline.data.ParquetTableWriter;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.model.MachineProfile;

/**
 * Simulates seed data into its file. Parquet is written while it is simulated, a chunk of whole units at a time
 * ({@link Simulation#stream}), so that ten million rows need no more memory than a chunk and a row group; the
 * other formats are written whole after the simulation. Either way the file is replaced atomically, and a
 * failure, a cancellation or Ctrl-C leaves the previous file and no temporary one. {@link SeedJob} does this for a
 * workspace machine as a Job.
 */
public final class SeedOutput {
	/** Rows per chunk: about 12 MB for 20 sensors, small beside a row group, large enough to write fast. */
	public static final int CHUNK_ROWS = 64 * 1024;

	/**
	 * What was written.
	 *
	 * @param rows the rows
	 * @param units the units simulated
	 * @param failures the units that failed by a failure mode of the profile (the others by wear alone)
	 */
	public record Summary(long rows, int units, int failures) {
		/** What was written so far and this chunk. */
		public Summary plus(SeedData chunk) {
			int failed = 0;
			int[] modes = chunk.failureMode();
			boolean[] last = chunk.failed();
			for (int row = 0; row < chunk.rows(); row++) {
				if (last[row] && modes[row] != 0) {
					failed++;
				}
			}
			return new Summary(rows + chunk.rows(), units + chunk.units(), failures + failed);
		}
	}

	private SeedOutput() {
	}

	/**
	 * Simulates the profile and writes the data to the target in the target's format.
	 *
	 * @throws IOException when the file cannot be written; the previous file is unchanged
	 * @throws IllegalArgumentException when the profile cannot be simulated
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
	 */
	public static Summary write(MachineProfile profile, SimulationOptions options, TableLocation target,
			TableFormats formats, IProgressMonitor monitor) throws IOException {
		if (!TableFormats.formatOf(target).equals("parquet")) {
			SeedData data = Simulation.run(profile, options, monitor);
			formats.write(SeedTables.of(data), target);
			return new Summary(0, 0, 0).plus(data);
		}
		Summary[] summary = { new Summary(0, 0, 0) };
		ParquetTableWriter[] writer = { null };
		try {
			Simulation.stream(profile, options, CHUNK_ROWS, chunk -> {
				Table table = SeedTables.of(chunk);
				if (writer[0] == null) {
					writer[0] = ParquetTableWriter.open(target, table.schema(), ParquetOptions.defaults());
				}
				writer[0].append(table);
				summary[0] = summary[0].plus(chunk);
			}, monitor);
		} catch (IOException | RuntimeException e) {
			if (writer[0] != null) {
				writer[0].abort();
			}
			throw e;
		}
		writer[0].close();
		return summary[0];
	}

	/**
	 * Why a {@link #write} failed, as {@code wearline seed} says it after its name: the profile cannot be simulated
	 * (an {@link IllegalArgumentException}), or the file cannot be written and the previous one is unchanged.
	 *
	 * @param failure what {@link #write} threw
	 * @param target the table it wrote
	 * @param shownName the profile as the user knows it
	 */
	public static String failure(Exception failure, TableLocation target, String shownName) {
		String why = String.valueOf(failure.getMessage());
		if (failure instanceof IllegalArgumentException) {
			return "cannot simulate " + shownName + ": " + why;
		}
		if (failure instanceof org.eclipse.core.runtime.OperationCanceledException) {
			return "cancelled; " + target + " is unchanged";
		}
		// the data layer's messages name the file and say that it is unchanged; others get both here
		return why.contains(target.toString()) ? why : "could not write " + target + ": " + why
				+ "; the previous file, if any, is unchanged";
	}
}
