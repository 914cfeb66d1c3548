package io.wearline.synth.internal.nn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.eclipse.core.runtime.OperationCanceledException;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Layout;
import io.wearline.synth.Rows;

/**
 * A TVAE network over the numeric form of a table ({@link Layout}, {@link Rows}): training epoch by epoch, a loss
 * on held-out rows, sampling, and saving and loading with the optimiser's state so that a training resumes
 * exactly. Not thread-safe: one thread uses a network at a time.
 * <p>
 * Reproducible: the same layout, settings, seed, data, shuffle and ND4J thread count give the same losses,
 * parameters and samples. The noise of epoch {@code e} depends only on the seed and {@code e}, so a training resumed
 * from a network saved after epoch {@code e} continues as the uninterrupted one would, given the same shuffle.
 * <p>
 * ND4J is started on first use with one thread unless {@link Nd4jRuntime#start(int)} was called before.
 */
public final class TvaeNetwork {

	/** The noise stream of {@link #loss(Rows)}, apart from every epoch's. */
	private static final long LOSS_STREAM = -1;

	private final Layout layout;
	private final TvaeConfig config;
	private final long seed;
	private final ColumnOrder order;
	private final Parameters parameters;
	private final Adam adam;
	private final Map<Integer, Pass> passes = new HashMap<>();
	private Sampler sampler;
	private LatentEncoder encoder;
	private LatentDecoder decoder;
	private int epochs;

	private TvaeNetwork(Layout layout, TvaeConfig config, long seed) {
		if (Nd4jRuntime.threads() == 0) {
			Nd4jRuntime.start(1);
		}
		this.layout = layout;
		this.config = config;
		this.seed = seed;
		this.order = ColumnOrder.of(layout);
		this.parameters = Parameters.of(order, config);
		this.adam = new Adam(parameters.count(), config.learningRate(), config.l2());
	}

	/**
	 * A new network with initial parameters drawn from {@code seed}.
	 *
	 * @param layout the columns of the data it learns
	 * @param config its shape and training settings
	 * @param seed the seed of its initial parameters and of its training noise
	 * @return the untrained network
	 */
	public static TvaeNetwork create(Layout layout, TvaeConfig config, long seed) {
		TvaeNetwork network = new TvaeNetwork(layout, config, seed);
		network.parameters.initialise(seed);
		return network;
	}

	/** The columns of the data it learns. */
	public Layout layout() {
		return layout;
	}

	/** Its shape and training settings. */
	public TvaeConfig config() {
		return config;
	}

	/** The seed of its initial parameters and of its training noise. */
	public long seed() {
		return seed;
	}

	/** The epochs trained so far. */
	public int epochs() {
		return epochs;
	}

	/**
	 * Trains one epoch: the rows in an order drawn from {@code shuffle}, in batches of the configured size (the
	 * last one smaller if the rows do not divide evenly), one Adam step per batch.
	 *
	 * @param data the training rows, in the network's layout, every value finite
	 * @param shuffle the source of the rows' order
	 * @param progress asked for cancellation before each batch and told after each
	 * @return the mean loss of the epoch's batches
	 * @throws IllegalArgumentException when the data do not fit the layout, have no rows or hold a value that is
	 *         not finite (the message names its row and column)
	 * @throws OperationCanceledException when {@code progress} asked to stop; the network has then taken the
	 *         steps of the batches before and is between epochs: go back to the last saved state
	 * @throws TrainingDivergedException when a loss or gradient turns NaN or infinite; that step is not applied
	 */
	public double trainEpoch(Rows data, RandomGenerator shuffle, EpochProgress progress) {
		check(data);
		int[] rowOrder = shuffled(data.count(), shuffle);
		SplittableRandom noise = new SplittableRandom(noiseSeed(epochs));
		int batchSize = config.batchSize();
		int batches = (data.count() + batchSize - 1) / batchSize;
		double sum = 0;
		for (int b = 0; b < batches; b++) {
			if (progress.canceled()) {
				throw new OperationCanceledException();
			}
			int first = b * batchSize;
			Pass pass = pass(Math.min(batchSize, data.count() - first));
			order.gather(data, rowOrder, first, pass.rows(), pass.input());
			double loss = pass.run(noise, config.lossFactor(), false);
			if (!Double.isFinite(loss)) {
				throw new TrainingDivergedException(epochs, b, "the loss is " + loss);
			}
			int bad = firstNonFinite(parameters.gradients());
			if (bad >= 0) {
				throw new TrainingDivergedException(epochs, b, "a gradient is " + parameters.gradients()[bad]);
			}
			adam.step(parameters.values(), parameters.gradients());
			parameters.clampSigmas();
			parameters.pushWeights();
			sum += loss;
			progress.batchDone(b + 1, batches, loss);
		}
		epochs++;
		return sum / batches;
	}

	/**
	 * The mean loss per batch of {@code data} without training, with noise fixed by the seed: comparable from
	 * epoch to epoch, for a validation loss and early stopping.
	 *
	 * @param data rows in the network's layout, every value finite
	 * @return the mean loss of the batches, in rows' order
	 * @throws IllegalArgumentException as {@link #trainEpoch}
	 */
	public double loss(Rows data) {
		check(data);
		int[] rowOrder = new int[data.count()];
		for (int i = 0; i < rowOrder.length; i++) {
			rowOrder[i] = i;
		}
		SplittableRandom noise = new SplittableRandom(noiseSeed(LOSS_STREAM));
		int batchSize = config.batchSize();
		int batches = (data.count() + batchSize - 1) / batchSize;
		double sum = 0;
		for (int b = 0; b < batches; b++) {
			int first = b * batchSize;
			Pass pass = pass(Math.min(batchSize, data.count() - first));
			order.gather(data, rowOrder, first, pass.rows(), pass.input());
			sum += pass.run(noise, config.lossFactor(), true);
		}
		return sum / batches;
	}

	/**
	 * Draws rows from the decoder: scalar columns as {@code tanh(output)} plus Gaussian noise with the column's
	 * learnt standard deviation (as CTGAN's sampling; the values may leave [-1, 1], the transformer clips them), softmax
	 * groups as probabilities (the transformer picks the category).
	 *
	 * @param count the number of rows, 0 or more
	 * @param sampleSeed the seed of the draw: the same seed gives the same rows
	 * @return {@code count} rows in the network's layout
	 */
	public Rows sample(int count, long sampleSeed) {
		if (count < 0) {
			throw new IllegalArgumentException("cannot sample " + count + " rows");
		}
		if (sampler == null) {
			sampler = new Sampler(parameters, order);
		}
		return sampler.sample(count, sampleSeed);
	}

	/** The width of the latent code. */
	public int embeddingDim() {
		return config.embeddingDim();
	}

	/**
	 * The encoder's posterior {@code q(z|x)} of each row, without noise: a row of {@code 2 * embeddingDim()} values
	 * per data row, the means first, then the log-variances. Conditional sampling draws latent codes near the
	 * posteriors of real rows that hold the value asked for.
	 *
	 * @param data rows in the network's layout, every value finite
	 * @return the posteriors, one row per data row
	 * @throws IllegalArgumentException as {@link #trainEpoch}
	 */
	public Rows posteriors(Rows data) {
		check(data);
		if (encoder == null) {
			encoder = new LatentEncoder(parameters, order);
		}
		return encoder.encode(data);
	}

	/**
	 * Decodes given latent codes as {@link #sample} decodes codes drawn from the prior: scalar columns as
	 * {@code tanh(output)} plus noise with the column's learnt standard deviation, softmax groups as probabilities.
	 *
	 * @param latent the codes, {@code count x embeddingDim()} values row by row
	 * @param count the number of codes
	 * @param noiseSeed the seed of the scalar columns' noise
	 * @return {@code count} rows in the network's layout
	 */
	public Rows decode(float[] latent, int count, long noiseSeed) {
		if (count < 0) {
			throw new IllegalArgumentException("cannot decode " + count + " rows");
		}
		if (decoder == null) {
			decoder = new LatentDecoder(parameters, order);
		}
		return decoder.decode(latent, count, noiseSeed);
	}

	/**
	 * Writes the network (layout, settings, seed, epochs, parameters and Adam's state) to {@code target}; the
	 * stream stays open.
	 *
	 * @throws IOException when writing fails
	 */
	public void save(OutputStream target) throws IOException {
		NetworkFile.write(new NetworkFile.State(layout, config, seed, epochs, adam.steps(), parameters.values(),
				adam.mean(), adam.square()), target);
	}

	/** The network as bytes ({@link #save(OutputStream)}). */
	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			save(bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a network written by {@link #save(OutputStream)}; it trains and samples on exactly as the saved one
	 * would.
	 *
	 * @param source the stream; read up to the network's end, left open
	 * @return the network
	 * @throws IOException when the stream is not a Wearline TVAE network, was written by another format version,
	 *         is cut off or damaged; the message says which
	 */
	public static TvaeNetwork load(InputStream source) throws IOException {
		NetworkFile.State state = NetworkFile.read(source);
		TvaeNetwork network = new TvaeNetwork(state.layout(), state.config(), state.seed());
		if (state.values().length != network.parameters.count()) {
			throw new IOException("the network file is damaged: " + state.values().length + " parameters where its "
					+ "layout and settings need " + network.parameters.count());
		}
		System.arraycopy(state.values(), 0, network.parameters.values(), 0, state.values().length);
		if (network.parameters.firstNonFinite() >= 0) {
			throw new IOException("the network file holds parameters that are NaN or infinite: train it again");
		}
		network.parameters.pushWeights();
		network.adam.restore(state.steps(), state.mean(), state.square());
		network.epochs = state.epochs();
		return network;
	}

	/** Reads a network from {@link #toBytes()}. */
	public static TvaeNetwork fromBytes(byte[] bytes) throws IOException {
		return load(new ByteArrayInputStream(bytes));
	}

	private Pass pass(int rows) {
		return passes.computeIfAbsent(rows, r -> new Pass(parameters, order, r));
	}

	private void check(Rows data) {
		if (data.width() != order.width()) {
			throw new IllegalArgumentException("the rows have " + data.width() + " columns; the network's layout has "
					+ order.width());
		}
		if (data.count() == 0) {
			throw new IllegalArgumentException("there are no rows to learn from");
		}
		int bad = firstNonFinite(data.values());
		if (bad >= 0) {
			throw new IllegalArgumentException("row " + bad / data.width() + ", column " + bad % data.width()
					+ " of the network's input is " + data.values()[bad] + "; every value must be a finite number "
					+ "(the data transformer encodes missing values with an indicator column)");
		}
	}

	private static int firstNonFinite(float[] values) {
		for (int i = 0; i < values.length; i++) {
			if (!Float.isFinite(values[i])) {
				return i;
			}
		}
		return -1;
	}

	private static int[] shuffled(int count, RandomGenerator shuffle) {
		int[] rows = new int[count];
		for (int i = 0; i < count; i++) {
			rows[i] = i;
		}
		for (int i = count - 1; i > 0; i--) {
			int j = shuffle.nextInt(i + 1);
			int t = rows[i];
			rows[i] = rows[j];
			rows[j] = t;
		}
		return rows;
	}

	/** The seed of a noise stream: the network's seed and the stream mixed (SplitMix64's finaliser). */
	private long noiseSeed(long stream) {
		long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	// package-private hooks for the tests: one batch's loss and gradient with a given noise, the parameters

	/** The loss of {@code rows} rows of {@code data} in network order with noise from {@code noiseSeed}; gradients too. */
	double lossAndGradient(float[] networkRows, int rows, long noiseSeed) {
		Pass pass = pass(rows);
		System.arraycopy(networkRows, 0, pass.input(), 0, rows * order.width());
		return pass.run(new SplittableRandom(noiseSeed), config.lossFactor(), false);
	}

	Parameters parameters() {
		return parameters;
	}

	ColumnOrder order() {
		return order;
	}
}
