package io.wearline.synth.internal.train;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;
import io.wearline.model.TrainingSpec;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.ModelManifest;
import io.wearline.synth.Rows;
import io.wearline.synth.TrainingInput;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;
import io.wearline.synth.internal.model.Fingerprints;
import io.wearline.synth.internal.model.ModelArchive;
import io.wearline.synth.internal.model.ModelParts;
import io.wearline.synth.internal.model.Versions;
import io.wearline.synth.internal.nn.EpochProgress;
import io.wearline.synth.internal.nn.TrainingDivergedException;
import io.wearline.synth.internal.nn.TvaeConfig;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.internal.sample.LatentPopulation;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.TransformerOptions;
import io.wearline.synth.transform.UnusableDataException;
import io.wearline.synth.transform.ValueBounds;

/**
 * One training run of a machine, new or resumed: fit the data transformer on the seed table (bounded by the
 * profile's sensor ranges), hold out the validation rows, train epoch by epoch with a checkpoint and an updated
 * {@code run.json} after each, stop early when asked, and save the best epoch's network as the machine's model.
 * Every way it can end is recorded in {@code run.json} and returned; it throws nothing for bad data, a diverging
 * loss or a cancel. It does not keep two runs of a machine apart: the trainer's Job does, with its scheduling rule.
 */
public final class TrainingRun {

	private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private final TrainingInput input;
	private final TrainingRequest request;
	private final TrainingListener listener;
	private final String machineId;
	private String profileHash = "";

	private Path runFolder;
	private String runId = "";
	private RunRecord record;
	private SeedPlan seeds;
	private TvaeConfig config;
	private int epochs;
	private int patience;
	private DataTransformer transformer;
	private TvaeNetwork network;
	private ValidationSplit split;
	private int epochsDone;
	private int bestEpoch;
	private double bestLoss = Double.NaN;
	private byte[] bestNetwork;
	private int staleEpochs;
	private boolean stoppedEarly;
	private final List<EpochRecord> epochRecords = new ArrayList<>();

	/**
	 * A run of this input under this request.
	 *
	 * @param input the machine, profile and seed table
	 * @param request the epochs, seed, threads and the rest
	 * @param listener told of the start and of every epoch
	 */
	public TrainingRun(TrainingInput input, TrainingRequest request, TrainingListener listener) {
		this.input = input;
		this.request = request;
		this.listener = listener;
		this.machineId = input.machine().id();
	}

	/**
	 * Runs the training to its end.
	 *
	 * @param monitor ticks per batch, shows the epoch, loss and time left as its sub-task, and is asked to cancel
	 *            before every batch
	 * @return how it ended
	 */
	public TrainingResult execute(IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Training " + machineId, 1000);
		try {
			profileHash = Fingerprints.ofProfile(input.profile());
			if (request.resume()) {
				openLastRun();
			} else {
				startRun();
			}
		} catch (IOException | IllegalArgumentException e) {
			return new TrainingResult(TrainingOutcome.FAILED, e.getMessage(), runId, runFolder, null, epochRecords,
					0);
		}
		try {
			Nd4jRuntime.start(request.threads());
			prepare(progress.split(50));
			train(progress.split(900));
			Path model = save(progress.split(50));
			record.timing("totalSeconds", (System.nanoTime() - start) / 1e9);
			return end(TrainingOutcome.COMPLETED, completionMessage(model), model);
		} catch (OperationCanceledException e) {
			return end(TrainingOutcome.CANCELLED, "cancelled " + (epochsDone == 0 ? "before the first epoch ended"
					: "after epoch " + epochsDone + "; its checkpoint stays: continue with wearline train " + machineId
							+ " --resume"), null);
		} catch (TrainingDivergedException e) {
			String what = e.getMessage().contains("NaN") ? "NaN" : "infinite";
			return end(TrainingOutcome.DIVERGED, diverged(what, e.epoch() + 1), null);
		} catch (ValidationDivergedException e) {
			return end(TrainingOutcome.DIVERGED, diverged(e.getMessage(), e.epoch), null);
		} catch (UnusableDataException e) {
			return end(TrainingOutcome.FAILED, "the seed data cannot be learnt: " + e.getMessage(), null);
		} catch (IOException | RuntimeException e) {
			return end(TrainingOutcome.FAILED, String.valueOf(e.getMessage()), null);
		}
	}

	private String diverged(String what, int epoch) {
		return "the loss became " + what + " at epoch " + epoch + "; lower the learning rate in the profile's "
				+ "training section (now " + config.learningRate() + ") and train again. No model was saved";
	}

	private void startRun() throws IOException {
		MachineProfile profile = input.profile();
		TrainingSpec spec = profile.getTraining();
		long seed = request.seed().orElse(spec == null ? ProfileDefaults.SEED : spec.getSeed());
		seeds = SeedPlan.of(seed);
		TvaeConfig fromProfile = TvaeConfig.of(spec);
		epochs = request.epochs().orElse(fromProfile.epochs());
		config = fromProfile.withEpochs(epochs);
		patience = request.patience();
		createRunFolder();
		record = RunRecord.start(runFolder, runId, machineId, profileHash, input.seedDataHash(), Versions.current());
		record.configure(config, epochs, request.validationShare(), patience, request.threads());
		record.seeds(seeds);
		record.write();
	}

	private void createRunFolder() throws IOException {
		Path runs = input.machine().runsFolder();
		Files.createDirectories(runs);
		String time = RUN_ID_TIME.format(Instant.now());
		while (true) {
			String id = time + "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
			try {
				runFolder = Files.createDirectory(runs.resolve(id));
				runId = id;
				return;
			} catch (FileAlreadyExistsException e) {
				// another run started in the same second drew the same suffix: draw again
			}
		}
	}

	/** Opens the machine's last run for a resume, or says why it cannot be resumed. */
	private void openLastRun() throws IOException {
		Path last = lastRun();
		if (last == null) {
			throw new IOException("machine '" + machineId + "' has no training run to resume (" + input.machine()
					.runsFolder() + " holds none); train without --resume");
		}
		RunRecord lastRecord = RunRecord.read(last);
		String outcome = lastRecord.outcome();
		if (outcome.equals(TrainingOutcome.COMPLETED.jsonName()) || outcome.equals(TrainingOutcome.DIVERGED
				.jsonName())) {
			throw new IOException("the last training run of machine '" + machineId + "' (" + last.getFileName()
					+ ") ended " + outcome + "; there is nothing to resume: train without --resume");
		}
		if (!Checkpoint.exists(last)) {
			throw new IOException("the last training run of machine '" + machineId + "' (" + last.getFileName()
					+ ") ended " + outcome + " before its first epoch, so it has no checkpoint; train without --resume");
		}
		Checkpoint checkpoint = Checkpoint.read(last);
		checkpoint.checkAgainst(last, lastRecord);
		if (!checkpoint.profileHash().equals(profileHash)) {
			throw new IOException("the profile of machine '" + machineId + "' changed since run " + last
					.getFileName() + " started; a resumed run must learn from the same profile and seed data: train "
					+ "without --resume");
		}
		if (!checkpoint.seedDataHash().equals(input.seedDataHash())) {
			throw new IOException("the seed data of machine '" + machineId + "' changed since run " + last
					.getFileName() + " started; a resumed run must learn from the same profile and seed data: train "
					+ "without --resume");
		}
		runFolder = last;
		runId = last.getFileName().toString();
		record = lastRecord;
		seeds = SeedPlan.of(checkpoint.seed());
		transformer = checkpoint.transformer();
		network = TvaeNetwork.fromBytes(checkpoint.network());
		config = network.config();
		epochs = request.epochs().orElse(record.configuredEpochs());
		config = config.withEpochs(epochs);
		patience = record.patience();
		epochsDone = checkpoint.epoch();
		bestEpoch = checkpoint.bestEpoch();
		bestLoss = checkpoint.bestValidationLoss();
		bestNetwork = checkpoint.best() != null ? checkpoint.best() : checkpoint.network();
		staleEpochs = checkpoint.staleEpochs();
		record.keepEpochs(epochsDone);
		epochRecords.addAll(record.epochs());
		record.resumed(epochsDone);
		record.configure(config, epochs, record.validationShare(), patience, request.threads());
		record.write();
	}

	/** The run folder whose name sorts last (run ids start with their UTC time), or null. */
	private Path lastRun() throws IOException {
		Path runs = input.machine().runsFolder();
		if (!Files.isDirectory(runs)) {
			return null;
		}
		try (Stream<Path> folders = Files.list(runs)) {
			return folders.filter(f -> Files.isRegularFile(f.resolve(RunRecord.FILE_NAME)))
					.max(Comparator.comparing(f -> f.getFileName().toString())).orElse(null);
		}
	}

	/** Fits the transformer (new runs), transforms the rows, splits them and makes the network (new runs). */
	private void prepare(SubMonitor progress) throws IOException {
		progress.setWorkRemaining(50);
		double share = request.resume() ? record.validationShare() : request.validationShare();
		if (transformer == null) {
			long fitStart = System.nanoTime();
			progress.subTask("fitting the data transformer");
			Map<String, ValueBounds> bounds = ValueBounds.ofSensors(input.profile());
			TransformerOptions options = TransformerOptions.defaults().withSeed(seeds.transformer()).withBounds(bounds);
			transformer = DataTransformer.fit(input.seed(), options, progress.split(40));
			record.timing("fitSeconds", (System.nanoTime() - fitStart) / 1e9);
		}
		progress.setWorkRemaining(10);
		if (transformer.layout().width() == 0) {
			throw new UnusableDataException("there is nothing to learn in it: each of its " + input.seed()
					.columnCount() + " columns is constant or all missing (" + transformer.plans().stream()
							.map(p -> p.column().name() + ": " + p.treatment().name().toLowerCase(Locale.ROOT)
									.replace('_', ' '))
							.collect(java.util.stream.Collectors.joining(", ")) + "); a synthesizer needs at least "
					+ "one column whose values vary");
		}
		long transformStart = System.nanoTime();
		progress.subTask("transforming " + input.seed().rowCount() + " rows");
		Rows rows = transformer.transform(input.seed(), seeds.transform());
		split = ValidationSplit.of(rows, share, seeds.split());
		record.timing("transformSeconds", (System.nanoTime() - transformStart) / 1e9);
		record.data(rows.count(), split.training().count(), split.validation().count(), input.seed().columnCount(),
				transformer.layout().width());
		if (network == null) {
			network = TvaeNetwork.create(transformer.layout(), config, seeds.network());
		}
		record.write();
		progress.worked(10);
		listener.runStarted(runId, runFolder, epochsDone, epochs, split.training().count(),
				split.validation().count(), transformer.layout().width());
	}

	/** Trains the remaining epochs, with a checkpoint and the record after each; stops early when asked. */
	private void train(SubMonitor progress) throws IOException {
		progress.setWorkRemaining(Math.max(1, epochs - epochsDone));
		Rows training = split.training();
		Rows validation = split.validation();
		int batches = (training.count() + config.batchSize() - 1) / config.batchSize();
		double sessionSeconds = 0;
		int sessionEpochs = 0;
		String last = "";
		while (epochsDone < epochs) {
			int epoch = epochsDone + 1;
			long epochStart = System.nanoTime();
			SubMonitor epochProgress = progress.split(1).setWorkRemaining(batches);
			epochProgress.subTask("epoch " + epoch + " of " + epochs + last);
			double loss = network.trainEpoch(training, seeds.shuffleOf(epochsDone), new EpochProgress() {
				@Override
				public boolean canceled() {
					return epochProgress.isCanceled();
				}

				@Override
				public void batchDone(int batch, int total, double batchLoss) {
					epochProgress.worked(1);
				}
			});
			double validationLoss = validation.count() > 0 ? network.loss(validation) : Double.NaN;
			if (validation.count() > 0 && !Double.isFinite(validationLoss)) {
				throw new ValidationDivergedException(epoch, Double.isNaN(validationLoss) ? "NaN (validation loss)"
						: "infinite (validation loss)");
			}
			boolean best = validation.count() == 0 || !(validationLoss >= bestLoss);
			epochsDone = epoch;
			byte[] current = network.toBytes();
			if (best) {
				bestEpoch = epoch;
				bestLoss = validationLoss;
				bestNetwork = current;
				staleEpochs = 0;
			} else {
				staleEpochs++;
			}
			new Checkpoint(epochsDone, bestEpoch, bestLoss, staleEpochs, seeds.training(), profileHash,
					input.seedDataHash(), transformer, current, bestEpoch == epochsDone ? null : bestNetwork)
					.write(runFolder);
			double seconds = (System.nanoTime() - epochStart) / 1e9;
			sessionSeconds += seconds;
			sessionEpochs++;
			double eta = sessionSeconds / sessionEpochs * (epochs - epochsDone);
			EpochRecord epochRecord = new EpochRecord(epoch, epochs, loss, validationLoss, seconds, eta, best);
			epochRecords.add(epochRecord);
			record.epoch(epochRecord);
			record.best(bestEpoch, bestLoss);
			record.timing("trainingSeconds", sessionSeconds);
			record.write();
			listener.epochEnded(epochRecord);
			last = String.format(Locale.ROOT, " (last: loss %.4f%s, %.2f s per epoch, about %s left)", loss,
					Double.isNaN(validationLoss) ? "" : String.format(Locale.ROOT, ", validation %.4f", validationLoss),
					seconds, TimeLeft.format(eta));
			if (patience > 0 && validation.count() > 0 && staleEpochs >= patience) {
				stoppedEarly = true;
				break;
			}
		}
	}

	/** Saves the best epoch's network as the machine's model. */
	private Path save(SubMonitor progress) throws IOException {
		progress.setWorkRemaining(2);
		progress.subTask("saving the model of epoch " + bestEpoch);
		long saveStart = System.nanoTime();
		TvaeNetwork best = bestEpoch == epochsDone ? network : TvaeNetwork.fromBytes(bestNetwork);
		LatentPopulation population = LatentPopulation.of(transformer, best, split.training(), seeds.population());
		progress.worked(1);
		ModelManifest manifest = new ModelManifest("", machineId, profileHash, input.seedDataHash(), seeds.training(),
				runId, epochsDone, bestEpoch, bestLoss, split.training().count(), split.validation().count(),
				input.seed().columnCount(), transformer.layout().width(), Instant.now(), Versions.current());
		Path folder = input.machine().modelFolder();
		ModelManifest written = ModelArchive.write(new ModelParts(manifest, transformer, best, population), folder);
		Path model = folder.resolve(ModelArchive.FILE_NAME);
		record.model(input.machine().folder().relativize(model).toString(), written.modelId());
		record.timing("saveSeconds", (System.nanoTime() - saveStart) / 1e9);
		progress.worked(1);
		return model;
	}

	private String completionMessage(Path model) {
		String validation = Double.isNaN(bestLoss) ? "" : String.format(Locale.ROOT, ", validation loss %.4f",
				bestLoss);
		String early = stoppedEarly ? "; stopped early after epoch " + epochsDone + ": the validation loss did not "
				+ "improve for " + patience + " epochs" : "";
		return "model saved to " + model + " (epoch " + bestEpoch + " of " + epochsDone + validation + ")" + early;
	}

	/** Records the outcome and returns the result; a completed run's checkpoint goes, the model has its state. */
	private TrainingResult end(TrainingOutcome outcome, String message, Path model) {
		String finalMessage = message;
		if (record != null) {
			record.finish(outcome, message);
			try {
				record.write();
				if (outcome == TrainingOutcome.COMPLETED) {
					Checkpoint.delete(runFolder);
				}
			} catch (IOException e) {
				finalMessage = message + " (the run record " + record.file() + " could not be written: "
						+ e.getMessage() + ")";
			}
		}
		return new TrainingResult(outcome, finalMessage, runId, runFolder, model, epochRecords,
				outcome == TrainingOutcome.COMPLETED ? bestEpoch : 0);
	}

	/** A validation loss that is NaN or infinite: the training diverged even if the training loss did not show it. */
	private static final class ValidationDivergedException extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final int epoch;

		ValidationDivergedException(int epoch, String what) {
			super(what);
			this.epoch = epoch;
		}
	}
}
