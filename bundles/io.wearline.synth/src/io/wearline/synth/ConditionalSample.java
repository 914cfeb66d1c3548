package io.wearline.synth;

import io.wearline.data.Table;

/**
 * Rows drawn under conditions, with the figures of the draw (see {@link SynthesizerModel#sample(int, long,
 * java.util.List, java.util.function.BooleanSupplier)}).
 *
 * @param table the rows
 * @param candidates the latent codes decoded and weighed to find them
 * @param effectiveCandidates the candidates' effective number under their importance weights
 * @param shaped whether a pilot found the values and the candidates were drawn mostly where they come out (else
 *            from the whole population)
 * @param seconds how long the draw took
 */
public record ConditionalSample(Table table, long candidates, double effectiveCandidates, boolean shaped,
		double seconds) {

	/** The effective share of the candidates ({@code effectiveCandidates / candidates}), 1 when none were needed. */
	public double acceptance() {
		return candidates == 0 ? 1 : effectiveCandidates / candidates;
	}
}
