package io.wearline.pipeline;

import java.util.Locale;

/** The steps of a machine build, in their order. */
public enum BuildStep {
	/** The profile is read and checked. */
	VALIDATE,
	/** Seed data is simulated from the profile. */
	SEED,
	/** The synthesizer learns the seed data. */
	TRAIN,
	/** Train, validation and test datasets are drawn from the model. */
	GENERATE,
	/** The generated data is scored against the seed data. */
	SCORE;

	/** The step in the command line's word: {@code validate}, {@code seed}, ... */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}
}
