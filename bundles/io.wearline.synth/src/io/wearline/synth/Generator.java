package io.wearline.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.Profiles;
import io.wearline.model.DatasetSpec;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;
import io.wearline.synth.internal.model.Fingerprints;
import io.wearline.synth.internal.sample.GenerationRun;

/**
 * The generation service: draws a machine's train, validation and test datasets from its model, in the calling
 * thread. The workbench and the command line run it through a {@link GenerationJob}.
 * <p>
 * It writes {@code data/train.parquet}, {@code data/val.parquet} and {@code data/test.parquet} all or nothing (each
 * to a temporary file first; they are put in place only when all three are complete), then {@code
 * data/manifest.json} with the lineage: the model's id and file fingerprint, the profile and seed data it learnt
 * from, the seeds, the conditions, the row counts and the files' fingerprints. A cancel or a failure leaves the
 * previous files as they were. The same model, counts, conditions and seed give the same files.
 * <p>
 * Conditions ({@code --where column=value}) are met by importance resampling of the latent codes, which keeps each
 * row distributed as the model's conditional distribution; see {@link SynthesizerModel#sample(int, long, List,
 * java.util.function.BooleanSupplier)}.
 */
public final class Generator {

	/** The rows of each split when the profile has no dataset block. */
	public static final int DEFAULT_TRAIN_ROWS = 35_000;
	/** The validation rows when the profile has no dataset block. */
	public static final int DEFAULT_VALIDATION_ROWS = 7_500;
	/** The test rows when the profile has no dataset block. */
	public static final int DEFAULT_TEST_ROWS = 7_500;

	private Generator() {
	}

	/**
	 * Generates a machine's datasets from its model ({@code model/model.wlm}); the counts and seed not given in the
	 * request come from the machine's profile (its dataset block), else the defaults.
	 *
	 * @param machine the machine
	 * @param request the counts, seed, conditions and threads
	 * @param monitor ticks per thousand rows; a cancel is honoured between chunks of rows
	 * @return the files written and the figures of the draw
	 * @throws ModelFileException when the machine has no usable model; the message says to train it
	 * @throws IllegalArgumentException when a condition does not fit the model; the message says what the column
	 *             holds
	 * @throws IllegalStateException when the model gives the conditions' values no probability
	 * @throws IOException when a file cannot be written; the previous files stay
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the previous files stay
	 */
	public static GenerationResult generate(Machine machine, GenerationRequest request, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating " + machine.id(), 100);
		if (!Files.isRegularFile(SynthesizerModel.fileIn(machine.modelFolder()))) {
			throw new ModelFileException(SynthesizerModel.fileIn(machine.modelFolder()), "machine '" + machine.id()
					+ "' has no model yet", null);
		}
		progress.subTask("loading the model");
		SynthesizerModel model = SynthesizerModel.load(machine.modelFolder());
		progress.worked(2);
		MachineProfile profile = readableProfile(machine);
		DatasetSpec dataset = profile == null ? null : profile.getDataset();
		int[] counts = {
				request.trainRows().orElse(dataset == null ? DEFAULT_TRAIN_ROWS : dataset.getTrainRows()),
				request.validationRows().orElse(dataset == null ? DEFAULT_VALIDATION_ROWS : dataset.getValRows()),
				request.testRows().orElse(dataset == null ? DEFAULT_TEST_ROWS : dataset.getTestRows()) };
		long seed = request.seed().orElse(dataset == null ? ProfileDefaults.SEED : dataset.getSeed());
		String profileHash = profile == null ? "" : Fingerprints.ofProfile(profile);
		GenerationRun.Plan plan = new GenerationRun.Plan(machine.id(), machine.dataFolder(), counts, seed,
				request.conditions(), request.threads(), profileHash);
		return new GenerationRun(model, plan).execute(progress.split(98));
	}

	/** The machine's profile when it reads without errors; else null (the model alone can still generate). */
	private static MachineProfile readableProfile(Machine machine) {
		if (!Files.isRegularFile(machine.profileFile())) {
			return null;
		}
		LoadedProfile loaded = Profiles.get().load(machine.profileFile());
		return loaded.hasErrors() ? null : loaded.profile();
	}
}
