package io.wearline.synth.internal.sample;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.wearline.synth.Rows;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.Treatment;

/**
 * The distribution the model draws its latent codes from: the aggregate posterior of the training rows, the mixture
 * of the encoder's posteriors {@code q(z|x)} over the rows, estimated from a stratified sample of them (the
 * population) and kept in the model file.
 * <p>
 * Why not the standard normal prior, as the reference does: the decoder learnt from codes of the aggregate
 * posterior, and the prior has regions that no training row's posterior covers, which decode into blurred
 * categories (after 30 epochs the reference gives a category of 10% to 17-19% of the rows, and a 1% category to
 * nearly 2%). Drawn from the aggregate posterior, the categories come back at their shares.
 * <p>
 * The sample is stratified so that rare values are in it: every training row belongs to the stratum of the rarest
 * value it holds among the one-hot columns of at most {@link #MAX_VALUES} values, and each stratum gives its share of
 * {@link #POPULATION} rows, at least {@link #PER_STRATUM} (all of them when it has fewer). Each member's weight is
 * its stratum's share of the training rows divided by the members drawn from it, so the weighted mixture estimates
 * the aggregate posterior of all rows without bias, while conditional sampling ({@link ConditionalSampler}) finds
 * members near even the rarest values.
 */
public final class LatentPopulation {

	/** About how many training rows the population holds. */
	public static final int POPULATION = 4096;
	/** The fewest members of a stratum (all of its rows when it has fewer). */
	public static final int PER_STRATUM = 64;
	/** Columns with more values than this do not form strata. */
	public static final int MAX_VALUES = 64;

	private static final String MAGIC = "WEARLINE-LATENT-POPULATION";
	private static final int VERSION = 1;

	private final int embedding;
	private final Rows posteriors;
	private final double[] weights;
	private final double[] cumulative;

	private LatentPopulation(int embedding, Rows posteriors, double[] weights) {
		if (posteriors.count() != weights.length || (posteriors.count() > 0 && posteriors.width() != 2 * embedding)) {
			throw new IllegalArgumentException("a population of " + posteriors.count() + " posteriors of width "
					+ posteriors.width() + " with " + weights.length + " weights and an embedding of " + embedding);
		}
		this.embedding = embedding;
		this.posteriors = posteriors;
		this.weights = weights;
		this.cumulative = cumulative(weights);
	}

	/**
	 * The population of a trained network's training rows, drawn with the seed.
	 *
	 * @param transformer the data transformer, for the one-hot columns
	 * @param network the trained network, whose encoder gives the posteriors
	 * @param training the training rows in the network's layout
	 * @param seed the seed of the draw
	 */
	public static LatentPopulation of(DataTransformer transformer, TvaeNetwork network, Rows training, long seed) {
		int rows = training.count();
		List<ColumnPlan> plans = new ArrayList<>();
		for (ColumnPlan plan : transformer.plans()) {
			if ((plan.treatment() == Treatment.CATEGORICAL || plan.treatment() == Treatment.DISCRETE)
					&& plan.values().size() <= MAX_VALUES) {
				plans.add(plan);
			}
		}
		// the network column and the count of every one-hot value
		List<int[]> valueColumns = new ArrayList<>();
		for (ColumnPlan plan : plans) {
			int start = plan.spans().get(0).start();
			for (int v = 0; v < plan.values().size(); v++) {
				valueColumns.add(new int[] { start + v, 0 });
			}
		}
		for (int[] value : valueColumns) {
			for (int row = 0; row < rows; row++) {
				value[1] += training.get(row, value[0]) > 0.5f ? 1 : 0;
			}
		}
		// each row's stratum: the rarest value it holds; rows of no one-hot value share the last stratum
		int strata = valueColumns.size() + 1;
		List<List<Integer>> members = new ArrayList<>();
		for (int s = 0; s < strata; s++) {
			members.add(new ArrayList<>());
		}
		for (int row = 0; row < rows; row++) {
			int stratum = strata - 1;
			int rarest = Integer.MAX_VALUE;
			for (int v = 0; v < valueColumns.size(); v++) {
				int[] value = valueColumns.get(v);
				if (training.get(row, value[0]) > 0.5f && value[1] < rarest) {
					rarest = value[1];
					stratum = v;
				}
			}
			members.get(stratum).add(row);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Integer> chosen = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (List<Integer> stratum : members) {
			if (stratum.isEmpty()) {
				continue;
			}
			int share = (int) Math.ceil((double) POPULATION * stratum.size() / rows);
			int draw = Math.min(stratum.size(), Math.max(share, PER_STRATUM));
			for (int i = 0; i < draw; i++) {
				int j = i + random.nextInt(stratum.size() - i);
				stratum.set(i, stratum.set(j, stratum.get(i)));
				chosen.add(stratum.get(i));
				weights.add(stratum.size() / (double) rows / draw);
			}
		}
		Rows encoded = rows == 0 ? Rows.zeros(0, 2 * network.embeddingDim()) : network.posteriors(training);
		Rows population = Rows.zeros(chosen.size(), 2 * network.embeddingDim());
		for (int i = 0; i < chosen.size(); i++) {
			System.arraycopy(encoded.values(), chosen.get(i) * encoded.width(), population.values(),
					i * encoded.width(), encoded.width());
		}
		return new LatentPopulation(network.embeddingDim(), population,
				weights.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** The width of the latent code. */
	public int embedding() {
		return embedding;
	}

	/** The number of members. */
	public int size() {
		return weights.length;
	}

	/** A member's weight in the mixture; the weights sum to 1. */
	public double weight(int member) {
		return weights[member];
	}

	/** A member drawn in proportion to the weights. */
	int drawMember(SplittableRandom random) {
		return find(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
	}

	/** The index of the first entry of an increasing array above {@code point} (the last one at the most). */
	static int find(double[] cumulative, double point) {
		int found = Arrays.binarySearch(cumulative, point);
		int index = found >= 0 ? found + 1 : -found - 1;
		return Math.min(index, cumulative.length - 1);
	}

	/** Draws a code from a member's posterior into {@code z} at {@code offset}; from N(0, I) when there are none. */
	void drawCode(int member, SplittableRandom random, float[] z, int offset) {
		if (member < 0) {
			for (int j = 0; j < embedding; j++) {
				z[offset + j] = (float) random.nextGaussian();
			}
			return;
		}
		for (int j = 0; j < embedding; j++) {
			double mean = posteriors.get(member, j);
			double scale = Math.exp(0.5 * posteriors.get(member, embedding + j));
			z[offset + j] = (float) (mean + scale * random.nextGaussian());
		}
	}

	/** Draws one code of the mixture into {@code z} at {@code offset}. */
	void draw(SplittableRandom random, float[] z, int offset) {
		drawCode(weights.length == 0 ? -1 : drawMember(random), random, z, offset);
	}

	static double[] cumulative(double[] weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

	/** Writes the population; the stream stays open. */
	public void write(OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		out.writeUTF(MAGIC);
		out.writeInt(VERSION);
		out.writeInt(embedding);
		out.writeInt(weights.length);
		ByteBuffer bytes = ByteBuffer.allocate(posteriors.values().length * Float.BYTES + weights.length * Double.BYTES)
				.order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(posteriors.values());
		bytes.position(posteriors.values().length * Float.BYTES);
		for (double weight : weights) {
			bytes.putDouble(weight);
		}
		out.write(bytes.array());
		out.flush();
	}

	/**
	 * Reads a population written by {@link #write}.
	 *
	 * @throws IOException when the stream holds no population of this version, or a damaged or cut-off one
	 */
	public static LatentPopulation read(InputStream source) throws IOException {
		DataInputStream in = new DataInputStream(source);
		try {
			if (!MAGIC.equals(in.readUTF())) {
				throw new IOException("the latent population does not start with " + MAGIC);
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new IOException("the latent population is of format version " + version + ", not " + VERSION);
			}
			int embedding = in.readInt();
			int size = in.readInt();
			if (embedding < 1 || embedding > 100_000 || size < 0 || size > 10_000_000) {
				throw new IOException("the latent population is damaged");
			}
			Rows posteriors = Rows.zeros(size, 2 * embedding);
			byte[] bytes = new byte[size * 2 * embedding * Float.BYTES + size * Double.BYTES];
			in.readFully(bytes);
			ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			buffer.asFloatBuffer().get(posteriors.values());
			buffer.position(size * 2 * embedding * Float.BYTES);
			double[] weights = new double[size];
			for (int i = 0; i < size; i++) {
				weights[i] = buffer.getDouble();
			}
			return new LatentPopulation(embedding, posteriors, weights);
		} catch (EOFException e) {
			throw new IOException("the latent population ends too early", e);
		} catch (IllegalArgumentException e) {
			throw new IOException("the latent population is damaged: " + e.getMessage(), e);
		}
	}
}
