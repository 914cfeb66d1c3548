package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedJob;
import io.wearline.sim.SeedOutput;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * {@code wearline seed <machine id | profile file> [--units U | --rows N] [--seed S] [--out FILE]
 * [--workspace DIR]}: simulates run-to-failure seed data from a profile and writes it as a table. A machine id is
 * looked up in the workspace (as {@code new} finds it) and its data goes to {@code seed/seed.parquet} in the
 * machine's folder; a profile file's data goes to {@code <name>.seed.parquet} beside it. An unknown machine and
 * an invalid profile are refused with exit code 1.
 */
public final class SeedCommand implements Command {
	/** Where a machine's seed data goes by default, relative to its folder. */
	public static final String MACHINE_OUTPUT = "seed/seed.parquet";

	private static final String UNITS = "--units";
	private static final String ROWS = "--rows";
	private static final String OUT = "--out";

	private final Syntax syntax = new Syntax("seed", "<machine id | profile file>", 1, 1)
			.option(UNITS, "U", false, "simulate this many units (default: the profile's dataset rows decide)")
			.option(ROWS, "N", false, "simulate whole units until there are at least N rows")
			.seedOption("the random seed (default: the profile's dataset seed)")
			.option(OUT, "FILE", false, "the output file or URI; .parquet, .csv or .jsonl (default: see below)")
			.workspaceOption();

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "simulate run-to-failure seed data of a machine and write it as a table";
	}

	@Override
	public String description() {
		return """
				Simulates units of a machine run to failure and writes one row per unit and cycle. The argument
				is a machine id of the workspace (--workspace, else $%s, else ./workspace) or a profile
				file of any format. Without --units or --rows the profile's dataset block decides the rows
				(train + validation + test); without --seed its seed does. The output defaults to
				<machine folder>/%s for a machine and to <name>.seed.parquet beside a profile file;
				its extension picks the format (.parquet, .csv, .jsonl). Parquet is written while it is
				simulated, so any number of rows fits in memory; --out may also be the URI of a Hadoop file
				system (file:/data/seed.parquet; hdfs: and s3a: when their clients are installed). The file
				is replaced atomically: a failure or Ctrl-C leaves the previous one intact and no temporary
				file. Progress goes to stderr; the summary (rows, units, failures, time) to stdout.
				Exit code 1 for an unknown machine, an invalid profile or a file that cannot be written.
				""".formatted(NewCommand.WORKSPACE_VARIABLE, MACHINE_OUTPUT);
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		if (arguments.has(UNITS) && arguments.has(ROWS)) {
			throw new UsageException("give either --units or --rows, not both");
		}
		Optional<Integer> units = arguments.wholeNumber(UNITS, 1, Integer.MAX_VALUE).map(Long::intValue);
		Optional<Long> rows = arguments.wholeNumber(ROWS, 1, Simulation.MAX_ROWS);
		Optional<Long> seed = arguments.seed();
		TableLocation out = null;
		if (arguments.has(OUT)) {
			out = console.location(arguments.value(OUT).orElseThrow());
			checkFormat(out);
		}

		Source source = source(arguments, console);
		if (source == null) {
			return ExitCode.FAILED;
		}
		LoadedProfile loaded = Profiles.get().load(source.profileFile());
		if (loaded.hasErrors() || loaded.profile() == null) {
			console.err().println("wearline seed: " + source.shownName() + " is not a valid profile:");
			for (ProfileProblem problem : loaded.problems()) {
				console.err().println("  " + problem.withSource(source.shownName()).format());
			}
			return ExitCode.FAILED;
		}
		MachineProfile profile = loaded.profile();
		SimulationOptions options = SimulationOptions.ofProfile(profile, units, rows, seed);
		TableLocation target = out != null ? out : TableLocation.of(source.defaultOutput());
		TableFormats formats = TableFormats.standard();
		try {
			// before the simulation, which may take minutes, not after it
			String format = TableFormats.formatOf(target);
			formats.writer(format);
			if (target.localPath().isEmpty() && !format.equals("parquet")) {
				throw new IllegalArgumentException("only Parquet files are written to a '" + target.scheme()
						+ ":' file system; name a .parquet file, or write " + format + " to a local path");
			}
		} catch (IllegalArgumentException e) {
			console.err().println("wearline seed: cannot write " + target + ": " + e.getMessage());
			return ExitCode.FAILED;
		}

		long start = System.nanoTime();
		SimulationOptions oneThread = options.withThreads(1);
		TenthsMonitor monitor = new TenthsMonitor(console.err());
		SeedOutput.Summary written;
		if (source.machine().isPresent()) {
			SeedJob job = new SeedJob(source.machine().get(), profile, oneThread, target, source.shownName());
			IStatus status = job.runInCallingThread(monitor);
			if (job.result().isEmpty() || !status.isOK()) {
				console.err().println("wearline seed: " + status.getMessage());
				return ExitCode.FAILED;
			}
			written = job.result().get();
		} else {
			// a profile file outside any workspace: no machine to hold, so the seed service itself
			try {
				written = SeedOutput.write(profile, oneThread, target, formats, monitor);
				monitor.done();
			} catch (IOException | RuntimeException e) {
				console.err().println("wearline seed: " + SeedOutput.failure(e, target, source.shownName()));
				return ExitCode.FAILED;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		console.out().printf(Locale.ROOT, "wrote %s%n%d rows, %d units, %d failures by a failure mode, in %.2f s%n",
				target, written.rows(), written.units(), written.failures(), seconds);
		return ExitCode.OK;
	}

	/**
	 * What to simulate: the profile file, the name the user knows it by, where its data goes by default, and the
	 * workspace machine it belongs to, if any.
	 */
	private record Source(Path profileFile, String shownName, Path defaultOutput, Optional<Machine> machine) {
	}

	/** The machine or profile file of the operand; null (after a message) for an unknown machine. */
	private static Source source(Arguments arguments, Console console) throws UsageException {
		String operand = arguments.operands().get(0);
		Path file = console.resolve(operand);
		if (Files.isRegularFile(file)) {
			String name = file.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String stem = dot > 0 ? name.substring(0, dot) : name;
			return new Source(file, operand, file.resolveSibling(stem + ".seed.parquet"), Optional.empty());
		}
		Optional<Machine> folder = WorkspaceMachine.folder(operand, console);
		if (folder.isPresent()) {
			return new Source(folder.get().profileFile(), folder.get().profileFile().toString(),
					folder.get().folder().resolve(MACHINE_OUTPUT), folder);
		}
		if (Files.exists(file) && !Files.isDirectory(file)) {
			throw ProfileFiles.notARegularFile(operand);
		}
		if (!MachineStore.isValidId(operand)) {
			throw new UsageException("'" + operand + "' is neither a profile file nor a machine id ("
					+ NewCommand.MACHINE_ID + ")");
		}
		Path workspace = NewCommand.workspace(arguments, console);
		Optional<Machine> machine = new MachineStore(workspace).find(operand);
		if (machine.isEmpty()) {
			console.err().println("wearline seed: no machine '" + operand + "' in the workspace " + workspace
					+ "; create it with 'wearline new', name another --workspace, or give a profile file");
			return null;
		}
		return new Source(machine.get().profileFile(), machine.get().profileFile().toString(),
				machine.get().folder().resolve(MACHINE_OUTPUT), machine);
	}

	private static void checkFormat(TableLocation out) throws UsageException {
		try {
			TableFormats.formatOf(out);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--out: " + e.getMessage());
		}
	}
}
