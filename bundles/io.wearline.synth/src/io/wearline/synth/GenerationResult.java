package io.wearline.synth;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param files the train, validation and test files, in that order
 * @param manifest the dataset manifest ({@code data/manifest.json})
 * @param modelId the id of the model that drew the rows
 * @param seed the generation seed
 * @param conditions the conditions every row meets
 * @param candidates for conditional sampling, the latent codes decoded and weighed; else the rows drawn
 * @param effectiveCandidates for conditional sampling, their effective number; else the rows drawn
 * @param seconds how long the generation took
 */
public record GenerationResult(List<GeneratedFile> files, Path manifest, String modelId, long seed,
		List<Condition> conditions, long candidates, double effectiveCandidates, double seconds) {

	/** Copies the lists. */
	public GenerationResult {
		files = List.copyOf(files);
		conditions = List.copyOf(conditions);
	}

	/** The effective share of the candidates (1 without conditions). */
	public double acceptance() {
		return candidates == 0 ? 1 : effectiveCandidates / candidates;
	}
}
