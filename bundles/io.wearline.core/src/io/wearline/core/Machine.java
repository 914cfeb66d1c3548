package io.wearline.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One machine of a workspace: a folder named by the machine's id that holds {@code profile.machine} and, as the
 * machine goes through the flow, its seed data, model, runs, datasets and reports (DESIGN.md section 3). The
 * files are the database: every stage is derived from what the folder holds.
 *
 * @param id the machine's id
 * @param folder its folder
 */
public record Machine(String id, Path folder) {
	/** The file name of the profile inside a machine's folder. */
	public static final String PROFILE_FILE = "profile.machine";

	/** How far a machine has gone through the flow, judged by the files its folder holds. */
	public enum Stage {
		/** Only the profile. */
		PROFILE,
		/** Seed data simulated from the profile. */
		SEEDED,
		/** A synthesizer model trained. */
		TRAINED,
		/** Train, validation and test datasets generated. */
		GENERATED,
		/** The generated data scored. */
		SCORED
	}

	/** The machine's profile, the source of truth. */
	public Path profileFile() {
		return folder.resolve(PROFILE_FILE);
	}

	/** The seed data simulated from the profile: {@code seed/seed.parquet}. */
	public Path seedFile() {
		return folder.resolve("seed").resolve("seed.parquet");
	}

	/** The synthesizer's saved state and manifest: {@code model/}. */
	public Path modelFolder() {
		return folder.resolve("model");
	}

	/** One folder per training run, each with its {@code run.json}: {@code runs/}. */
	public Path runsFolder() {
		return folder.resolve("runs");
	}

	/** The generated train, validation and test datasets and their manifest: {@code data/}. */
	public Path dataFolder() {
		return folder.resolve("data");
	}

	/** The quality reports: {@code reports/}. */
	public Path reportsFolder() {
		return folder.resolve("reports");
	}

	/**
	 * The furthest stage whose files exist; later stages count only on top of earlier ones (datasets without a
	 * model, say, were left by an earlier profile and say nothing about this one).
	 */
	public Stage stage() {
		if (!Files.isRegularFile(seedFile())) {
			return Stage.PROFILE;
		}
		if (!Files.isRegularFile(modelFolder().resolve("manifest.json"))) {
			return Stage.SEEDED;
		}
		if (!Files.isRegularFile(dataFolder().resolve("manifest.json"))) {
			return Stage.TRAINED;
		}
		if (!Files.isRegularFile(reportsFolder().resolve("quality.json"))) {
			return Stage.GENERATED;
		}
		return Stage.SCORED;
	}
}
