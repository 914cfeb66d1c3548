package io.wearline.synth.internal.sample;

import java.util.SplittableRandom;

/**
 * Where conditional sampling draws its candidates: a population member {@code i} with probability {@code pi_i}, then
 * a code from its posterior. With {@code w_i} the members' weights and {@code e_i} an estimate of how often a code
 * of member {@code i} decodes to the values asked for (the mean of {@code p(v|z)} over a few of its codes: the
 * pilot), {@code pi_i = a w_i + (1 - a) w_i e_i / sum_j w_j e_j}: mostly from the members that give the values, with
 * the whole population mixed in at the share {@code a}. Treating the member as part of the draw, the importance
 * weight of a candidate is {@code w_i p(v|z) / pi_i}, which needs no density of the mixture; its factor
 * {@code w_i / pi_i} is at most {@code 1 / a}, so no candidate from a member the pilot misjudged can take all the
 * weight. When the pilot finds the values nowhere the proposal is the population itself.
 */
final class MemberProposal {

	/** The population's share of the proposal, {@code a}. */
	static final double POPULATION_SHARE = 0.1;

	private final LatentPopulation population;
	private final double[] cumulative;
	private final double[] logRatio;
	private final boolean shaped;

	/**
	 * @param population the sampling prior's members
	 * @param expected for each member, the estimated mean of {@code p(v|z)} over its codes
	 */
	MemberProposal(LatentPopulation population, double[] expected) {
		this.population = population;
		int size = population.size();
		double total = 0;
		for (int i = 0; i < size; i++) {
			total += population.weight(i) * expected[i];
		}
		this.shaped = total > 0;
		double[] probabilities = new double[size];
		this.logRatio = new double[size];
		for (int i = 0; i < size; i++) {
			double share = shaped ? POPULATION_SHARE + (1 - POPULATION_SHARE) * expected[i] / total : 1;
			probabilities[i] = population.weight(i) * share;
			logRatio[i] = -Math.log(share);
		}
		this.cumulative = LatentPopulation.cumulative(probabilities);
	}

	/** Whether the pilot shaped the proposal (else it is the population). */
	boolean shaped() {
		return shaped;
	}

	/**
	 * Draws {@code count} codes into {@code z} and returns for each {@code log(w_i / pi_i)}, the part of its log
	 * weight that comes from the proposal.
	 */
	double[] draw(SplittableRandom random, float[] z, int count) {
		int embedding = population.embedding();
		double[] ratios = new double[count];
		for (int i = 0; i < count; i++) {
			if (population.size() == 0) {
				population.drawCode(-1, random, z, i * embedding);
				continue;
			}
			int member = LatentPopulation.find(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
			population.drawCode(member, random, z, i * embedding);
			ratios[i] = logRatio[member];
		}
		return ratios;
	}
}
