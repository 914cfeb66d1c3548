package io.wearline.synth;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a generation is asked for. {@link #defaults()} takes the row counts and seed of the profile's dataset block
 * (35,000 / 7,500 / 7,500 rows and seed 42 when it has none), no conditions, one thread.
 *
 * @param trainRows the rows of {@code data/train.parquet}; empty for the profile's
 * @param validationRows the rows of {@code data/val.parquet}; empty for the profile's
 * @param testRows the rows of {@code data/test.parquet}; empty for the profile's
 * @param seed the generation seed; empty for the profile's dataset seed
 * @param conditions values that one-hot columns hold in every row; empty for none
 * @param threads the ND4J threads (for the whole JVM)
 * @param latent where the latent codes come from: the training posteriors (the default), the prior or a mix;
 *        conditions need the posteriors
 */
public record GenerationRequest(OptionalInt trainRows, OptionalInt validationRows, OptionalInt testRows,
		OptionalLong seed, List<Condition> conditions, int threads, LatentSource latent) {

	/** Checks the counts and copies the conditions. */
	public GenerationRequest {
		for (OptionalInt rows : List.of(trainRows, validationRows, testRows)) {
			if (rows.isPresent() && rows.getAsInt() < 0) {
				throw new IllegalArgumentException("a dataset has 0 rows or more, not " + rows.getAsInt());
			}
		}
		if (threads < 1) {
			throw new IllegalArgumentException("a generation needs at least 1 thread, not " + threads);
		}
		conditions = List.copyOf(conditions);
		java.util.Objects.requireNonNull(latent, "latent");
		if (!conditions.isEmpty() && latent.priorShare() > 0) {
			// conditional sampling reweighs codes of the training posteriors; prior codes have no such weights
			throw new IllegalArgumentException("conditions (--where) draw from the training posteriors; leave out"
					+ " --latent " + latent.label() + " or the conditions");
		}
	}

	/** The profile's counts and seed, no conditions, one thread, codes from the training posteriors. */
	public static GenerationRequest defaults() {
		return new GenerationRequest(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
				OptionalLong.empty(), List.of(), 1, LatentSource.POSTERIOR);
	}

	/** The same request with another latent source. */
	public GenerationRequest withLatent(LatentSource source) {
		return new GenerationRequest(trainRows, validationRows, testRows, seed, conditions, threads, source);
	}

	/** The same request with these row counts. */
	public GenerationRequest withRows(int train, int validation, int test) {
		return new GenerationRequest(OptionalInt.of(train), OptionalInt.of(validation), OptionalInt.of(test), seed,
				conditions, threads, latent);
	}

	/** The same request with another count of training rows. */
	public GenerationRequest withTrainRows(int rows) {
		return new GenerationRequest(OptionalInt.of(rows), validationRows, testRows, seed, conditions, threads, latent);
	}

	/** The same request with another count of validation rows. */
	public GenerationRequest withValidationRows(int rows) {
		return new GenerationRequest(trainRows, OptionalInt.of(rows), testRows, seed, conditions, threads, latent);
	}

	/** The same request with another count of test rows. */
	public GenerationRequest withTestRows(int rows) {
		return new GenerationRequest(trainRows, validationRows, OptionalInt.of(rows), seed, conditions, threads, latent);
	}

	/** The same request with a seed. */
	public GenerationRequest withSeed(long value) {
		return new GenerationRequest(trainRows, validationRows, testRows, OptionalLong.of(value), conditions, threads,
				latent);
	}

	/** The same request with conditions. */
	public GenerationRequest withConditions(List<Condition> values) {
		return new GenerationRequest(trainRows, validationRows, testRows, seed, values, threads, latent);
	}

	/** The same request with a thread count. */
	public GenerationRequest withThreads(int count) {
		return new GenerationRequest(trainRows, validationRows, testRows, seed, conditions, count, latent);
	}
}
