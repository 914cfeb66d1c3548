package io.wearline.synth.internal.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

import io.wearline.data.Table;
import io.wearline.synth.Condition;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;

/**
 * Draws rows in which one-hot columns hold given values, from the distribution the model gives such rows.
 * <p>
 * The TVAE's decoder makes the columns independent given the latent code {@code z}: a row is {@code z ~ p(z)} (the
 * aggregate posterior of {@link LatentPopulation}), then every column from its own output. So a row with column
 * {@code c} forced to {@code v} follows the model's conditional distribution exactly when {@code z} is drawn from
 * {@code p(z|v), proportional to p(z) p(v|z)}, where {@code p(v|z)} is the decoder's softmax probability of {@code v};
 * the other columns are then decoded as usual. Several conditions multiply their probabilities.
 * <p>
 * The codes come by sampling-importance-resampling: candidates are drawn mostly from the population members whose
 * codes a pilot found to decode to the values ({@link MemberProposal}) and weighed by how much more or less likely
 * the target makes them than the proposal; candidates are drawn until their effective number
 * {@code (sum w)^2 / sum w^2} reaches the rows asked (or a cap), then the rows' codes are drawn from the candidates
 * in proportion to their weights (systematic resampling) and decoded afresh, so a code drawn twice still gives two
 * different rows. The result follows {@code p(z|v)} as the number of candidates grows; the proposal only decides
 * how many are needed. Drawing from the population and keeping the rows that come out with the value would keep
 * one row in a hundred for a 1% value; the pilot's proposal keeps about as many as the model concentrates the
 * value: most when the model has learnt where in the latent space the value lives.
 */
public final class ConditionalSampler {

	/** The codes per population member the pilot decodes. */
	static final int PILOT_CODES = 4;
	/** Candidates decoded at a time. */
	static final int CHUNK = 4096;
	/** The most candidates per row asked. */
	static final int CANDIDATES_PER_ROW = 200;
	/** The fewest candidates allowed before giving up, whatever the rows asked. */
	static final int MIN_CANDIDATE_CAP = 200_000;
	/** The most candidates ever drawn for one call (their log-weights are kept). */
	static final int MAX_CANDIDATES = 4_000_000;

	/**
	 * Rows drawn under conditions, with the figures of the draw.
	 *
	 * @param table the rows; every condition's column holds its value in every row
	 * @param candidates the latent codes decoded and weighed
	 * @param effectiveCandidates their effective number {@code (sum w)^2 / sum w^2}
	 * @param shaped whether the pilot found the values and shaped the proposal (else candidates came from the
	 *            population alone)
	 * @param seconds how long the draw took
	 */
	public record Result(Table table, long candidates, double effectiveCandidates, boolean shaped, double seconds) {
		/** The effective share of the candidates: how much of the decoding went into the rows. */
		public double acceptance() {
			return candidates == 0 ? 1 : effectiveCandidates / candidates;
		}
	}

	/** A condition resolved against the model: the network column of the value's slot and its group. */
	private record Target(Condition condition, int slot, Span group) {
	}

	private final ModelSampler model;
	private final DataTransformer transformer;
	private final TvaeNetwork network;
	private final List<Target> targets;

	/**
	 * A sampler for these conditions.
	 *
	 * @throws IllegalArgumentException when a condition names a column the model does not have, a column that is
	 *             not one-hot (continuous, near-constant, all missing), a value the column never held, or a column
	 *             twice; the message says which and what the column holds
	 */
	ConditionalSampler(ModelSampler model, List<Condition> conditions) {
		this.model = model;
		this.transformer = model.transformer();
		this.network = model.network();
		this.targets = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Condition condition : conditions) {
			if (!seen.add(condition.column())) {
				throw new IllegalArgumentException("the column '" + condition.column() + "' has two conditions; give "
						+ "one value per column");
			}
			resolve(condition).ifPresent(targets::add);
		}
	}

	/** The condition's target, or empty when it always holds (a constant column's own value). */
	private Optional<Target> resolve(Condition condition) {
		if (transformer.schema().indexOf(condition.column()) < 0) {
			throw new IllegalArgumentException("the model has no column '" + condition.column() + "'; its columns are "
					+ transformer.schema().columns().stream().map(c -> c.name()).toList());
		}
		ColumnPlan plan = transformer.plan(condition.column());
		Treatment treatment = plan.treatment();
		if (treatment == Treatment.CONSTANT && plan.values().contains(condition.value())) {
			return Optional.empty();
		}
		if (treatment == Treatment.CONSTANT) {
			throw new IllegalArgumentException("the column '" + condition.column() + "' always holds "
					+ plan.values() + " in the data the model learnt; it can never be '" + condition.value() + "'");
		}
		if (treatment != Treatment.CATEGORICAL && treatment != Treatment.DISCRETE) {
			throw new IllegalArgumentException("the column '" + condition.column() + "' is " + treatment.name()
					.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "; conditions apply to categories, "
					+ "booleans and numbers of few values");
		}
		int slot = plan.slotOf(condition.value());
		if (slot < 0) {
			throw new IllegalArgumentException("the column '" + condition.column() + "' never holds '"
					+ condition.value() + "' in the data the model learnt; its values are " + plan.values());
		}
		return Optional.of(new Target(condition, slot, plan.spans().get(0)));
	}

	/**
	 * Draws {@code count} rows that meet every condition.
	 *
	 * @param count the rows to draw
	 * @param seed the seed of the draw: the same model, conditions and seed give the same rows
	 * @param canceled asked before every chunk of candidates
	 * @throws IllegalStateException when the model gives the values a probability of zero everywhere it looked
	 * @throws OperationCanceledException when {@code canceled} says so
	 */
	public Result sample(int count, long seed, BooleanSupplier canceled) {
		long start = System.nanoTime();
		SplittableRandom root = new SplittableRandom(seed);
		long candidateSeed = root.nextLong();
		long outputSeed = root.nextLong();
		long inverseSeed = root.nextLong();
		int embedding = network.embeddingDim();
		if (targets.isEmpty() || count == 0) {
			// nothing to weigh: every condition holds always, or no row is asked for
			return new Result(model.sample(count, outputSeed), count, count, false, (System.nanoTime() - start) / 1e9);
		}
		MemberProposal proposal = new MemberProposal(model.population(), pilot(root.nextLong()));
		int cap = (int) Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATE_CAP, (long) CANDIDATES_PER_ROW * count));
		double[] logWeights = new double[Math.min(cap, Math.max(CHUNK, 2 * count))];
		int candidates = 0;
		double effective = 0;
		EffectiveSize size = new EffectiveSize();
		float[] z = new float[CHUNK * embedding];
		for (int chunk = 0; candidates < cap && (effective < count || candidates == 0); chunk++) {
			if (canceled.getAsBoolean()) {
				throw new OperationCanceledException();
			}
			int chunkSize = Math.min(CHUNK, cap - candidates);
			SplittableRandom draws = new SplittableRandom(chunkSeed(candidateSeed, chunk));
			double[] ratio = proposal.draw(draws, z, chunkSize);
			Rows decoded = network.decode(Arrays.copyOf(z, chunkSize * embedding), chunkSize, draws.nextLong());
			if (candidates + chunkSize > logWeights.length) {
				logWeights = Arrays.copyOf(logWeights, Math.min(cap, Math.max(candidates + chunkSize,
						2 * logWeights.length)));
			}
			for (int i = 0; i < chunkSize; i++) {
				double logWeight = ratio[i];
				for (Target target : targets) {
					logWeight += Math.log(decoded.get(i, target.slot()));
				}
				// a probability of NaN (never seen, but it would poison every sum) counts as zero
				logWeights[candidates + i] = Double.isNaN(logWeight) ? Double.NEGATIVE_INFINITY : logWeight;
				size.add(logWeights[candidates + i]);
			}
			candidates += chunkSize;
			effective = size.value();
		}
		if (!(effective > 0)) {
			throw new IllegalStateException("the model gives " + describe() + " a probability of zero in all "
					+ candidates + " latent codes it tried; it has not learnt rows like these (train it longer or on "
					+ "seed data with more such rows)");
		}
		int[] picks = systematicPicks(logWeights, candidates, count, root.nextDouble());
		float[] latent = latentCodes(proposal, picks, candidateSeed, z);
		Rows rows = network.decode(latent, count, outputSeed);
		for (Target target : targets) {
			for (int r = 0; r < count; r++) {
				for (int c = target.group().start(); c < target.group().end(); c++) {
					rows.set(r, c, c == target.slot() ? 1f : 0f);
				}
			}
		}
		Table table = transformer.inverse(rows, SoftmaxChoice.SAMPLE, new SplittableRandom(inverseSeed));
		return new Result(table, candidates, effective, proposal.shaped(), (System.nanoTime() - start) / 1e9);
	}

	/**
	 * For each population member, the mean over {@link #PILOT_CODES} of its codes of the probability that the
	 * decoder gives every value asked for.
	 */
	private double[] pilot(long seed) {
		LatentPopulation population = model.population();
		int embedding = network.embeddingDim();
		int size = population.size();
		double[] expected = new double[size];
		SplittableRandom random = new SplittableRandom(seed);
		int codes = size * PILOT_CODES;
		float[] z = new float[codes * embedding];
		for (int i = 0; i < codes; i++) {
			population.drawCode(i / PILOT_CODES, random, z, i * embedding);
		}
		Rows decoded = network.decode(z, codes, random.nextLong());
		for (int i = 0; i < codes; i++) {
			double p = 1;
			for (Target target : targets) {
				p *= decoded.get(i, target.slot());
			}
			expected[i / PILOT_CODES] += p / PILOT_CODES;
		}
		return expected;
	}

	/** The conditions, as written on the command line. */
	private String describe() {
		return String.join(" and ", targets.stream().map(t -> t.condition().toString()).toList());
	}

	/**
	 * {@code (sum w)^2 / sum w^2} of weights given one by one by their logarithms, kept as sums relative to the
	 * largest weight so far (rescaled when a larger one comes), so that neither overflows.
	 */
	static final class EffectiveSize {
		private double max = Double.NEGATIVE_INFINITY;
		private double sum;
		private double squares;

		void add(double logWeight) {
			if (!(logWeight > Double.NEGATIVE_INFINITY)) {
				return;
			}
			if (logWeight > max) {
				double scale = Math.exp(max - logWeight);
				sum *= scale;
				squares *= scale * scale;
				max = logWeight;
			}
			double w = Math.exp(logWeight - max);
			sum += w;
			squares += w * w;
		}

		double value() {
			return squares == 0 ? 0 : sum * sum / squares;
		}
	}

	/**
	 * {@code count} candidate indices, in increasing order, each drawn with probability proportional to its weight:
	 * systematic resampling, one uniform number {@code u} for all ({@code (i + u) / count} on the weights' running
	 * sum).
	 */
	static int[] systematicPicks(double[] logWeights, int candidates, int count, double u) {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < candidates; i++) {
			max = Math.max(max, logWeights[i]);
		}
		double total = 0;
		for (int i = 0; i < candidates; i++) {
			total += Math.exp(logWeights[i] - max);
		}
		int[] picks = new int[count];
		double running = 0;
		int candidate = -1;
		for (int i = 0; i < count; i++) {
			double point = (i + u) / count * total;
			while (candidate + 1 < candidates && running <= point) {
				candidate++;
				running += Math.exp(logWeights[candidate] - max);
			}
			picks[i] = candidate;
		}
		return picks;
	}

	/** The codes of the picked candidates, drawn again from their chunks' seeds. */
	private float[] latentCodes(MemberProposal proposal, int[] picks, long candidateSeed, float[] buffer) {
		int embedding = network.embeddingDim();
		float[] latent = new float[picks.length * embedding];
		int loadedChunk = -1;
		for (int i = 0; i < picks.length; i++) {
			int chunk = picks[i] / CHUNK;
			if (chunk != loadedChunk) {
				SplittableRandom draws = new SplittableRandom(chunkSeed(candidateSeed, chunk));
				proposal.draw(draws, buffer, CHUNK);
				loadedChunk = chunk;
			}
			System.arraycopy(buffer, (picks[i] % CHUNK) * embedding, latent, i * embedding, embedding);
		}
		return latent;
	}

	/** The seed of a chunk of candidates: the draw's seed and the chunk mixed (SplitMix64's finaliser). */
	private static long chunkSeed(long seed, int chunk) {
		long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
