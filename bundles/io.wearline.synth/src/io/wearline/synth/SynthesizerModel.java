package io.wearline.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.synth.internal.model.ModelArchive;
import io.wearline.synth.internal.model.ModelParts;
import io.wearline.synth.internal.sample.ConditionalSampler;
import io.wearline.synth.internal.sample.ModelSampler;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.SoftmaxChoice;

/**
 * A trained synthesizer, loaded from its model file: the data transformer, the TVAE network and the manifest that
 * says where they came from. It draws tables of the seed data's schema, with or without conditions.
 * <p>
 * The model file ({@value #FILE_NAME} in a machine's {@code model/} folder) is one zip archive, written atomically
 * by the trainer, with {@value #MANIFEST_NAME} beside it. A file that cannot be read is refused with a
 * {@link ModelFileException} naming it. Sampling is reproducible: the same file, count, seed (and ND4J thread
 * count) give the same rows. Not thread-safe: one thread samples from a model at a time.
 */
public final class SynthesizerModel {

	/** The model file's name in a machine's model folder. */
	public static final String FILE_NAME = ModelArchive.FILE_NAME;
	/** The manifest's name in a machine's model folder. */
	public static final String MANIFEST_NAME = ModelArchive.MANIFEST;

	private final Path file;
	private final String fileHash;
	private final ModelParts parts;
	private final ModelSampler sampler;

	private SynthesizerModel(Path file, String fileHash, ModelParts parts) {
		this.file = file;
		this.fileHash = fileHash;
		this.parts = parts;
		this.sampler = new ModelSampler(parts.transformer(), parts.network(), parts.population());
	}

	/** The model file in a model folder. */
	public static Path fileIn(Path modelFolder) {
		return modelFolder.resolve(FILE_NAME);
	}

	/**
	 * Loads a model file (or the model file of a model folder).
	 *
	 * @throws ModelFileException when there is no model, or the file is of another format version, damaged or not
	 *             a Wearline model; the message names the file and says to train again
	 */
	public static SynthesizerModel load(Path fileOrFolder) throws ModelFileException {
		Path file = Files.isDirectory(fileOrFolder) ? fileIn(fileOrFolder) : fileOrFolder;
		ModelParts parts = ModelArchive.read(file);
		String hash;
		try {
			hash = io.wearline.synth.internal.model.Fingerprints.ofFile(file);
		} catch (java.io.IOException e) {
			throw new ModelFileException(file, "the file cannot be read (" + e.getMessage() + ")", e);
		}
		return new SynthesizerModel(file, hash, parts);
	}

	/** The file it was loaded from. */
	public Path file() {
		return file;
	}

	/** The SHA-256 of the file's bytes, in hex. */
	public String fileHash() {
		return fileHash;
	}

	/** Where it came from. */
	public ModelManifest manifest() {
		return parts.manifest();
	}

	/** The data transformer: the columns and what is done with each. */
	public DataTransformer transformer() {
		return parts.transformer();
	}

	/** The schema of the tables it draws (the seed data's). */
	public Schema schema() {
		return parts.transformer().schema();
	}

	/**
	 * Draws rows: latent codes from the aggregate posterior of the training rows (the mixture of the encoder's
	 * posteriors of a stratified sample of about 4,096 of them, kept in the model file) through the decoder, each softmax span's
	 * choice drawn from its probabilities ({@link SoftmaxChoice#SAMPLE}). The reference draws its codes from the
	 * standard normal prior instead, whose regions that no training row's posterior covers decode into blurred
	 * categories (a 10% category comes back at 17-19% after 30 epochs); the aggregate posterior is what the decoder
	 * learnt from.
	 *
	 * @param count the rows, 0 or more
	 * @param seed the seed of the draw
	 */
	public Table sample(int count, long seed) {
		return sampler.sample(count, seed);
	}

	/**
	 * Draws rows with latent codes from the given source: the posteriors as {@link #sample(int, long)} does, the
	 * standard normal prior, or an exact share of each (see {@link LatentSource}).
	 *
	 * @param count the rows, 0 or more
	 * @param seed the seed of the draw
	 * @param latent where the latent codes come from
	 */
	public Table sample(int count, long seed, LatentSource latent) {
		return sampler.sample(count, seed, latent);
	}

	/**
	 * Draws rows in which each condition's column holds its value, from the distribution the model gives such
	 * rows (see {@link ConditionalSampler} for the method).
	 *
	 * @param count the rows, 0 or more
	 * @param seed the seed of the draw
	 * @param conditions one value per one-hot column
	 * @param canceled asked between chunks of the draw
	 * @return the rows and the figures of the draw
	 * @throws IllegalArgumentException when a condition does not fit the model (unknown column, continuous column,
	 *             a value the data never held); the message says which
	 * @throws IllegalStateException when the model gives the values no probability
	 * @throws org.eclipse.core.runtime.OperationCanceledException when {@code canceled} says so
	 */
	public ConditionalSample sample(int count, long seed, List<Condition> conditions, BooleanSupplier canceled) {
		ConditionalSampler sampler = conditionalSampler(conditions);
		ConditionalSampler.Result result = sampler.sample(count, seed, canceled);
		return new ConditionalSample(result.table(), result.candidates(), result.effectiveCandidates(),
				result.shaped(), result.seconds());
	}

	/**
	 * Checks conditions against the model without sampling.
	 *
	 * @throws IllegalArgumentException as {@link #sample(int, long, List, BooleanSupplier)}
	 */
	public void checkConditions(List<Condition> conditions) {
		conditionalSampler(conditions);
	}

	private ConditionalSampler conditionalSampler(List<Condition> conditions) {
		return sampler.conditional(conditions);
	}

	/**
	 * The synthesizer's settings, for lineage: the TVAE's layer widths, latent width, batch size, loss factor,
	 * learning rate, weight decay and epochs asked for, then the best epoch kept. Names as the CTGAN project's
	 * {@code TVAESynthesizer} arguments where it has them.
	 */
	public java.util.Map<String, Object> settings() {
		io.wearline.synth.internal.nn.TvaeConfig config = parts.network().config();
		java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
		settings.put("synthesizer", "TVAE");
		settings.put("compress_dims", config.compressDims());
		settings.put("embedding_dim", config.embeddingDim());
		settings.put("decompress_dims", config.decompressDims());
		settings.put("batch_size", config.batchSize());
		settings.put("loss_factor", config.lossFactor());
		settings.put("learning_rate", config.learningRate());
		settings.put("l2scale", config.l2());
		settings.put("epochs", config.epochs());
		settings.put("best_epoch", manifest().bestEpoch());
		return settings;
	}

	@Override
	public String toString() {
		return "SynthesizerModel " + manifest().modelId() + " of " + manifest().machineId() + " (" + file + ")";
	}
}
