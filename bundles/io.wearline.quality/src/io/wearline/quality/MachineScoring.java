package io.wearline.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.core.Machine;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.quality.internal.DatasetManifest;

/**
 * Scores a machine's generated data, for {@code wearline score <machine>}, {@code wearline validate-all} and the
 * end of {@code wearline build}: the synthetic rows of {@code data/train.parquet} against the rows they were
 * learnt from, the machine's seed data ({@code seed/seed.parquet}), and writes {@code reports/quality.json},
 * {@code reports/quality.html} and the column kinds used ({@code reports/metadata.json}) in the machine's folder.
 * The column kinds are detected from the seed data as SDV does ({@link TableMetadata#detect}).
 * <p>
 * The holdout, the rows the synthesizer never saw that privacy's DCR comparison and the utility models' tests
 * need, comes from the caller's {@link HoldoutSource}: for simulated seed data a fresh simulation of the machine's
 * profile with a seed of its own. The seed data is a simulation too ({@link TrainingSource#SIMULATED}), so privacy
 * is reported but does not gate the verdict, and fidelity is measured against the holdout as well as against the
 * seed data: the one against the holdout is the headline the verdict checks ({@link HoldoutFidelity}).
 * {@code data/val.parquet} and {@code data/test.parquet} are samples of the same synthesizer, not real rows, so
 * they are never a holdout. A holdout without rows is named in the report's sources with why.
 * Thread-safe: machines may be scored side by side.
 */
public final class MachineScoring {
	/** The synthetic rows scored, relative to the machine's data folder. */
	public static final String TRAIN_FILE = "train.parquet";
	/** The JSON report, relative to the machine's reports folder. */
	public static final String JSON_FILE = "quality.json";
	/** The HTML report, relative to the machine's reports folder. */
	public static final String HTML_FILE = "quality.html";

	private MachineScoring() {
	}

	/** The generated synthetic rows a machine's score is made from: {@code data/train.parquet}. */
	public static Path trainFile(Machine machine) {
		return machine.dataFolder().resolve(TRAIN_FILE);
	}

	/** Whether the machine has generated data to score ({@code data/train.parquet}). */
	public static boolean hasGeneratedData(Machine machine) {
		return Files.isRegularFile(trainFile(machine));
	}

	/** Scores with utility, writing into the machine's {@code reports/} folder. */
	public static MachineScore score(Machine machine, QualityThresholds thresholds, HoldoutSource holdouts,
			IProgressMonitor monitor) throws IOException {
		return score(machine, thresholds, true, machine.reportsFolder(), holdouts, monitor);
	}

	/**
	 * Scores a machine's generated data and writes both reports.
	 *
	 * @param machine the machine
	 * @param thresholds the thresholds of the verdict (and of the HTML summary)
	 * @param utility whether to measure utility too (a few seconds per machine)
	 * @param reports the folder to write {@value #JSON_FILE} and {@value #HTML_FILE} into, usually
	 *        {@link Machine#reportsFolder()}
	 * @param holdouts makes the real rows the synthesizer never saw, once the seed data's rows are known
	 * @param monitor progress and cancelation; may be null
	 * @return the report, the verdict and the files written
	 * @throws NoSuchFileException when the machine has no seed data or no generated data; the message says which
	 *         command makes it
	 * @throws IOException when a table cannot be read (a {@link io.wearline.data.TableReadException} naming the file)
	 *         or a report cannot be written (the previous one is then unchanged)
	 * @throws OperationCanceledException when the monitor is canceled; no report is written
	 */
	public static MachineScore score(Machine machine, QualityThresholds thresholds, boolean utility, Path reports,
			HoldoutSource holdouts, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Scoring " + machine.id(), utility ? 11 : 7);
		Path seed = machine.seedFile();
		Path train = trainFile(machine);
		if (!Files.isRegularFile(seed)) {
			throw new NoSuchFileException(seed.toString(), null, "machine '" + machine.id() + "' has no seed data to"
					+ " score against; run 'wearline seed " + machine.id() + "' (and train and generate) first");
		}
		if (!Files.isRegularFile(train)) {
			throw new NoSuchFileException(train.toString(), null, "machine '" + machine.id() + "' has no generated"
					+ " data; run 'wearline generate " + machine.id() + "' (or 'wearline build') first");
		}
		TableFormats formats = TableFormats.standard();
		Table real = formats.read(seed, ReadOptions.defaults()).table();
		Table synthetic = formats.read(train, ReadOptions.defaults()).table();
		progress.split(1);
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("machine", machine.id());
		sources.put("real", seed.toString());
		sources.put("synthetic", train.toString());
		Holdout holdout = holdouts.of(machine, real.rowCount());
		sources.put("holdout", holdout.description());
		progress.split(1);
		ScoringOptions options = options(machine, real);
		describeTraining(machine, options, sources);
		QualityReport report = QualityScoring.score(real, synthetic, holdout.table(), options, progress.split(3));
		report = withHoldoutFidelity(report, synthetic, holdout.table(), holdout.description(), progress);
		if (utility) {
			report = report.withUtility(UtilityScoring.score(real, synthetic, holdout.table(),
					UtilityOptions.defaults(), progress.split(4)));
		}
		progress.checkCanceled();
		Path json = reports.resolve(JSON_FILE);
		Path html = reports.resolve(HTML_FILE);
		QualityReportJson.write(report, sources, json);
		QualityReportHtml.write(report, sources, thresholds, html);
		TableMetadataJson.write(options.metadata(), reports.resolve(TableMetadataJson.FILE));
		progress.split(1);
		return new MachineScore(machine, report, thresholds.check(report), sources, json, html);
	}

	/**
	 * Where a machine's training rows come from. Today a machine trains on its seed data, a simulation of its profile;
	 * once real rows join its training table, this says REAL and privacy gates its verdict again.
	 */
	public static TrainingSource trainingSource(Machine machine) {
		return TrainingSource.SIMULATED;
	}

	/** The options a machine is scored with: SDMetrics' defaults, kinds detected from its training rows as SDV does. */
	static ScoringOptions options(Machine machine, Table training) {
		return ScoringOptions.defaults().withMetadata(TableMetadata.detect(training))
				.withTrainingSource(trainingSource(machine));
	}

	/** The training rows, the latent source of generation and the column kinds, for the report's sources. */
	private static void describeTraining(Machine machine, ScoringOptions options, Map<String, String> sources) {
		sources.put("training", options.trainingSource() == TrainingSource.SIMULATED
				? "simulated from the profile (seed data): privacy is reported, not a threshold; the headline fidelity"
						+ " is against the holdout"
				: "real rows: privacy is a threshold");
		sources.put("latent", DatasetManifest.latentSource(machine.dataFolder()));
		sources.put("kinds", options.metadata().origin() + "; written to " + TableMetadataJson.FILE);
	}

	/**
	 * The report with fidelity against the holdout as its headline, when the training rows were simulated: the
	 * synthesizer may learn simulated rows closely, so fidelity must be shown on rows it never saw.
	 */
	private static QualityReport withHoldoutFidelity(QualityReport report, Table synthetic, Table holdout,
			String description, SubMonitor progress) {
		if (holdout == null || report.options().trainingSource() != TrainingSource.SIMULATED) {
			progress.split(1);
			return report;
		}
		return report.withHoldoutFidelity(QualityScoring.fidelity(holdout, synthetic, description, report.options(),
				progress.split(1)));
	}
}
