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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.Treatment;

/**
 * For every value of the model's one-hot columns, the encoder's posteriors {@code q(z|x)} of some training rows
 * that hold it, and the value's share of the training rows. Conditional sampling draws its latent codes near these
 * posteriors, so that a rare value is found without decoding a hundred codes per row; the importance weights
 * correct for the choice, so the anchors make sampling faster, never different. Saved in the model file.
 */
public final class LatentAnchors {

	/** The most posteriors kept per value. */
	public static final int PER_VALUE = 256;
	/** The most posteriors kept in all; values beyond go without (conditional sampling then draws from the prior). */
	public static final int TOTAL = 8192;
	/** Columns with more values than this get no anchors. */
	public static final int MAX_VALUES = 64;

	private static final String MAGIC = "WEARLINE-ANCHORS";
	private static final int VERSION = 1;

	/**
	 * The anchors of one value.
	 *
	 * @param column the column
	 * @param value the value, as the column's plan writes it
	 * @param share the value's share of the training rows
	 * @param posteriors one row per anchor: {@code embedding} means, then {@code embedding} log-variances
	 */
	public record Anchors(String column, String value, double share, Rows posteriors) {
		/** The number of posteriors. */
		public int count() {
			return posteriors.count();
		}
	}

	private final int embedding;
	private final Map<String, Anchors> byValue;

	private LatentAnchors(int embedding, List<Anchors> anchors) {
		this.embedding = embedding;
		this.byValue = new LinkedHashMap<>();
		for (Anchors a : anchors) {
			byValue.put(key(a.column(), a.value()), a);
		}
	}

	/**
	 * The anchors of a trained network: for every value of every one-hot column with at most {@link #MAX_VALUES}
	 * values, the posteriors of up to {@link #PER_VALUE} of the training rows that hold it, drawn with the seed.
	 */
	public static LatentAnchors of(DataTransformer transformer, TvaeNetwork network, Rows training, long seed) {
		List<ColumnPlan> plans = new ArrayList<>();
		int values = 0;
		for (ColumnPlan plan : transformer.plans()) {
			if ((plan.treatment() == Treatment.CATEGORICAL || plan.treatment() == Treatment.DISCRETE)
					&& plan.values().size() <= MAX_VALUES) {
				plans.add(plan);
				values += plan.values().size();
			}
		}
		List<Anchors> anchors = new ArrayList<>();
		if (values == 0 || training.count() == 0) {
			return new LatentAnchors(network.embeddingDim(), anchors);
		}
		int perValue = Math.min(PER_VALUE, Math.max(1, TOTAL / values));
		Rows posteriors = network.posteriors(training);
		SplittableRandom random = new SplittableRandom(seed);
		int budget = TOTAL;
		for (ColumnPlan plan : plans) {
			Span group = plan.spans().get(0);
			for (int v = 0; v < plan.values().size(); v++) {
				int column = group.start() + v;
				List<Integer> holders = new ArrayList<>();
				for (int row = 0; row < training.count(); row++) {
					if (training.get(row, column) > 0.5f) {
						holders.add(row);
					}
				}
				int keep = Math.min(Math.min(perValue, budget), holders.size());
				// a partial Fisher-Yates shuffle picks keep rows uniformly without replacement
				for (int i = 0; i < keep; i++) {
					int j = i + random.nextInt(holders.size() - i);
					holders.set(i, holders.set(j, holders.get(i)));
				}
				Rows kept = Rows.zeros(keep, posteriors.width());
				for (int i = 0; i < keep; i++) {
					System.arraycopy(posteriors.values(), holders.get(i) * posteriors.width(), kept.values(),
							i * posteriors.width(), posteriors.width());
				}
				budget -= keep;
				anchors.add(new Anchors(plan.column().name(), plan.values().get(v),
						holders.size() / (double) training.count(), kept));
			}
		}
		return new LatentAnchors(network.embeddingDim(), anchors);
	}

	/** The width of the latent code. */
	public int embedding() {
		return embedding;
	}

	/** The anchors of a value, if it has any record (a value may be recorded with no posteriors kept). */
	public Optional<Anchors> of(String column, String value) {
		return Optional.ofNullable(byValue.get(key(column, value)));
	}

	/** Every value's anchors. */
	public List<Anchors> all() {
		return List.copyOf(byValue.values());
	}

	private static String key(String column, String value) {
		return column + '\u0000' + value;
	}

	/** Writes the anchors; the stream stays open. */
	public void write(OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		out.writeUTF(MAGIC);
		out.writeInt(VERSION);
		out.writeInt(embedding);
		out.writeInt(byValue.size());
		for (Anchors a : byValue.values()) {
			out.writeUTF(a.column());
			out.writeUTF(a.value());
			out.writeDouble(a.share());
			out.writeInt(a.count());
			ByteBuffer bytes = ByteBuffer.allocate(a.posteriors().values().length * Float.BYTES)
					.order(ByteOrder.LITTLE_ENDIAN);
			bytes.asFloatBuffer().put(a.posteriors().values());
			out.write(bytes.array());
		}
		out.flush();
	}

	/**
	 * Reads anchors written by {@link #write}.
	 *
	 * @throws IOException when the stream holds no anchors of this version, or is cut off
	 */
	public static LatentAnchors read(InputStream source) throws IOException {
		DataInputStream in = new DataInputStream(source);
		try {
			if (!MAGIC.equals(in.readUTF())) {
				throw new IOException("the latent anchors do not start with " + MAGIC);
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new IOException("the latent anchors are of format version " + version + ", not " + VERSION);
			}
			int embedding = in.readInt();
			int count = in.readInt();
			if (embedding < 1 || count < 0 || count > 1_000_000) {
				throw new IOException("the latent anchors are damaged");
			}
			List<Anchors> anchors = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				String column = in.readUTF();
				String value = in.readUTF();
				double share = in.readDouble();
				int rows = in.readInt();
				if (rows < 0 || rows > TOTAL) {
					throw new IOException("the latent anchors are damaged");
				}
				byte[] bytes = new byte[rows * 2 * embedding * Float.BYTES];
				in.readFully(bytes);
				Rows posteriors = Rows.zeros(rows, 2 * embedding);
				ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(posteriors.values());
				anchors.add(new Anchors(column, value, share, posteriors));
			}
			return new LatentAnchors(embedding, anchors);
		} catch (EOFException e) {
			throw new IOException("the latent anchors end too early", e);
		}
	}
}
