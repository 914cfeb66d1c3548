package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.data.InputText;
import io.wearline.data.LoadedTable;
import io.wearline.data.NonFiniteValues;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.data.TableReadException;
import io.wearline.pipeline.FreshHoldout;
import io.wearline.quality.MachineScore;
import io.wearline.quality.MachineScoring;
import io.wearline.quality.MachineScoringJob;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityReportHtml;
import io.wearline.quality.QualityReportJson;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.TableMetadata;
import io.wearline.quality.TableMetadataJson;
import io.wearline.quality.UtilityOptions;
import io.wearline.quality.UtilityScoring;

/**
 * {@code wearline score <real> <synthetic> [--holdout FILE] [--out DIR] [--utility] [--thresholds LIST]
 * [--metadata FILE]} scores any
 * two tables; {@code wearline score <machine> [--workspace DIR]} scores a machine's generated data against its seed
 * data ({@link MachineScoring}). Either way it writes {@code quality.json} and {@code quality.html}, prints the
 * scores, the worst columns and the verdict, and exits 0 when every threshold is met, 1 when one is not (or a table
 * cannot be read).
 */
public final class ScoreCommand implements Command {
	static final String THRESHOLDS = "--thresholds";
	private static final String HOLDOUT = "--holdout";
	private static final String OUT = "--out";
	private static final String UTILITY = "--utility";
	private static final String METADATA = "--metadata";

	private final Syntax syntax = new Syntax("score", "<real> <synthetic> | <machine>", 1, 2)
			.option(HOLDOUT, "FILE", false, "real rows the synthesizer never saw (privacy's DCR comparison, utility's"
					+ " test rows); two tables only")
			.option(OUT, "DIR", false, "where quality.json and quality.html go (default: ./reports, or the machine's"
					+ " reports/ folder)")
			.flag(UTILITY, "also measure utility: models trained on synthetic and on real rows, tested on real rows")
			.option(METADATA, "FILE", false, "the column kinds as SDV's metadata JSON ({\"columns\": {\"c\":"
					+ " {\"sdtype\": \"categorical\"}}}); default: detected from the real table as SDV does; two"
					+ " tables only")
			.option(THRESHOLDS, "LIST", false, "e.g. overall=0.85,privacy=off (default: "
					+ QualityThresholds.defaults() + ")")
			.workspaceOption();

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "score synthetic data against real data; write quality.json and quality.html";
	}

	@Override
	public String description() {
		return """
				Scores a synthetic table against the real one it imitates, as SDMetrics' quality report does
				(Column Shapes, Column Pair Trends, overall), plus privacy (exact copies; the distance to the
				closest record against a --holdout), sequence fidelity for tables with unit and cycle columns,
				and with --utility models trained on synthetic and on real rows, tested on real rows.
				Tables may be of any format: %s.
				With one argument, a machine id of the workspace (or a machine folder), it scores the machine's
				data/train.parquet against its seed/seed.parquet, with unseen rows simulated afresh from its
				profile as the holdout, and writes into the machine's reports/ folder.
				Column kinds (numerical, categorical, boolean, datetime, id) are detected from the real table
				as SDV's metadata detection does: non-negative whole numbers with at most min(rows/10, 10)
				distinct values (0/1 failure flags) and text are categorical, a column named as an id or the
				first key of unique values is an id and is not scored; --metadata FILE gives them instead.
				The kinds used are printed and written as metadata.json beside the reports.
				Columns the tables do not share, columns of different kinds, ids, all-missing and
				constant columns are left out of the scores they cannot take, each by the rule stated in the
				report's notes; the notes are printed on stderr. An empty table gets no score and fails.
				With two tables the real one is taken for real data, so privacy is a threshold; a machine's
				seed data is simulated, so its privacy is reported only, and its headline fidelity is the one
				against the unseen simulated rows (the one against the seed data is printed beside it).
				Prints the scores against the thresholds and the three worst columns with what is off.
				Thresholds (--thresholds name=value,...; names overall, shapes, pairs, utility, privacy; a
				score from 0 to 1 or off) default to
				  %s
				Overall and shapes must be measured; an unmeasured pairs, utility or privacy score is not
				checked.
				Exit code 0 when every threshold is met, 1 when one is not or a table cannot be read,
				2 when the command line is wrong (a file that does not exist).
				""".formatted(String.join(", ", TableFormats.standard().readableFormats()), QualityThresholds.defaults());
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		QualityThresholds thresholds = thresholds(arguments);
		if (arguments.operands().size() == 1) {
			return scoreMachine(arguments, console, thresholds);
		}
		if (arguments.has(NewCommand.WORKSPACE)) {
			throw new UsageException("--workspace names where a machine id is looked up; give one machine, not two"
					+ " tables");
		}
		TableLocation realFile = existing(arguments.operands().get(0), console);
		TableLocation syntheticFile = existing(arguments.operands().get(1), console);
		TableLocation holdoutFile = arguments.has(HOLDOUT) ? existing(arguments.value(HOLDOUT).orElseThrow(), console)
				: null;
		Path out = reportsFolder(arguments.value(OUT).orElse("reports"), console);
		Path metadataFile = arguments.has(METADATA) ? existingFile(arguments.value(METADATA).orElseThrow(), console)
				: null;
		TableFormats formats = TableFormats.standard();
		Table real;
		Table synthetic;
		Table holdout;
		TableMetadata metadata;
		try {
			real = readNoting(formats, realFile, arguments.operands().get(0), console);
			synthetic = readNoting(formats, syntheticFile, arguments.operands().get(1), console);
			holdout = holdoutFile == null ? null : readNoting(formats, holdoutFile, arguments.value(HOLDOUT)
					.orElseThrow(), console);
			metadata = metadataFile == null ? TableMetadata.detect(real)
					: TableMetadataJson.read(metadataFile, real.schema());
		} catch (IOException | RuntimeException e) {
			console.err().println("wearline score: " + e.getMessage());
			return ExitCode.FAILED;
		}
		// the user's real file is real data: privacy gates (TrainingSource.REAL, the default)
		ScoringOptions options = ScoringOptions.defaults().withMetadata(metadata);
		TenthsMonitor monitor = new TenthsMonitor(console.err());
		QualityReport report = QualityScoring.score(real, synthetic, holdout, options, monitor);
		monitor.done();
		if (arguments.has(UTILITY)) {
			TenthsMonitor utilityMonitor = new TenthsMonitor(console.err());
			report = report.withUtility(UtilityScoring.score(real, synthetic, holdout, UtilityOptions.defaults(),
					utilityMonitor));
			utilityMonitor.done();
		}
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("real", realFile.toString());
		sources.put("synthetic", syntheticFile.toString());
		if (holdoutFile != null) {
			sources.put("holdout", holdoutFile.toString());
		}
		sources.put("kinds", metadata.origin() + "; written to " + TableMetadataJson.FILE);
		Path json = out.resolve(MachineScoring.JSON_FILE);
		Path html = out.resolve(MachineScoring.HTML_FILE);
		try {
			QualityReportJson.write(report, sources, json);
			QualityReportHtml.write(report, sources, thresholds, html);
			TableMetadataJson.write(metadata, out.resolve(TableMetadataJson.FILE));
		} catch (IOException e) {
			console.err().println("wearline score: could not write the reports into " + out + ": " + e.getMessage());
			return ExitCode.FAILED;
		}
		return finish(report, sources, thresholds.check(report), json, html, console);
	}

	private ExitCode scoreMachine(Arguments arguments, Console console, QualityThresholds thresholds)
			throws UsageException {
		if (arguments.has(HOLDOUT)) {
			throw new UsageException("--holdout is for two tables; a machine's holdout is simulated from its profile");
		}
		if (arguments.has(METADATA)) {
			throw new UsageException("--metadata is for two tables; a machine's column kinds are detected from its"
					+ " seed data");
		}
		Machine machine = machine(arguments, console);
		if (machine == null) {
			return ExitCode.FAILED;
		}
		Path reports = arguments.has(OUT) ? reportsFolder(arguments.value(OUT).orElseThrow(), console)
				: machine.reportsFolder();
		MachineScoringJob job = new MachineScoringJob(machine, thresholds, arguments.has(UTILITY), reports,
				new FreshHoldout());
		IStatus status = job.runInCallingThread(new TenthsMonitor(console.err()));
		if (job.result().isEmpty()) {
			console.err().println("wearline score: " + status.getMessage());
			return ExitCode.FAILED;
		}
		MachineScore score = job.result().get();
		return finish(score.report(), score.sources(), score.verdict(), score.json(), score.html(), console);
	}

	private static ExitCode finish(QualityReport report, Map<String, String> sources, QualityVerdict verdict,
			Path json, Path html, Console console) {
		ScoreSummary.notes("score", report, console.err());
		for (Map.Entry<String, String> source : sources.entrySet()) {
			console.out().printf("%-10s %s%n", source.getKey(), source.getValue());
		}
		ScoreSummary.print(report, verdict, console.out());
		console.out().println();
		console.out().println("wrote " + json);
		console.out().println("wrote " + html);
		ScoreSummary.verdict(verdict, console.out());
		return verdict.passed() ? ExitCode.OK : ExitCode.FAILED;
	}

	/** The machine of the operand: a machine folder, else a machine id of the workspace; null after a message. */
	private static Machine machine(Arguments arguments, Console console) throws UsageException {
		String operand = arguments.operands().get(0);
		Optional<Machine> folder = WorkspaceMachine.folder(operand, console);
		if (folder.isPresent()) {
			return folder.get();
		}
		if (Files.isRegularFile(console.resolve(operand))) {
			throw new UsageException("'" + operand + "' is one table; give the real and the synthetic table, or a"
					+ " machine");
		}
		if (!MachineStore.isValidId(operand)) {
			throw new UsageException("'" + operand + "' is neither a machine folder (with a " + Machine.PROFILE_FILE
					+ ") nor a machine id (" + NewCommand.MACHINE_ID + ")");
		}
		Path workspace = NewCommand.workspace(arguments, console);
		Optional<Machine> machine = new MachineStore(workspace).find(operand);
		if (machine.isEmpty()) {
			console.err().println("wearline score: no machine '" + operand + "' in the workspace " + workspace
					+ "; name another --workspace, or give the real and the synthetic table");
			return null;
		}
		return machine.get();
	}

	static QualityThresholds thresholds(Arguments arguments) throws UsageException {
		try {
			return QualityThresholds.defaults().parse(arguments.value(THRESHOLDS).orElse(""));
		} catch (IllegalArgumentException e) {
			throw new UsageException(THRESHOLDS + ": " + e.getMessage());
		}
	}

	private static Path existingFile(String text, Console console) throws UsageException {
		Path file = console.resolve(text);
		if (!Files.isRegularFile(file)) {
			throw new UsageException(text + ": no such file");
		}
		return file;
	}

	/** Reads a table with its non-finite values missing, so they are scored as such; they are told as notes. */
	private static Table readNoting(TableFormats formats, TableLocation location, String shown, Console console)
			throws TableReadException {
		LoadedTable loaded = NonFiniteValues.missingInstead(formats.read(location, ReadOptions.defaults()));
		loaded.nonFiniteNotes(shown).forEach(note -> console.err().println("wearline score: note: " + note));
		return loaded.table();
	}

	/** The folder of --out, refused before any scoring when it names something that is not a folder. */
	private static Path reportsFolder(String text, Console console) throws UsageException {
		Path folder = console.resolve(text);
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new UsageException(OUT + " " + InputText.escaped(text) + " is a file, not a folder: the reports "
					+ MachineScoring.JSON_FILE + " and " + MachineScoring.HTML_FILE + " go into a folder; give a "
					+ "folder's path (a missing one is created)");
		}
		return folder;
	}

	private static TableLocation existing(String text, Console console) throws UsageException {
		TableLocation location = console.location(text);
		if (location.localPath().isPresent() && !Files.isRegularFile(location.localPath().get())) {
			throw new UsageException(text + ": no such file");
		}
		try {
			TableFormats.standard().reader(TableFormats.formatOf(location));
		} catch (IllegalArgumentException e) {
			throw new UsageException(text + ": " + e.getMessage());
		}
		return location;
	}
}
