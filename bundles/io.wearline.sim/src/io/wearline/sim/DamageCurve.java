package io.wearline.sim;

/**
 * The shape of one unit's degradation: how much of its health margin is used up at a given fraction of its life.
 * The simulation scales the curve to the unit, so the health index starts at 1 minus the unit's initial wear and
 * reaches the failure threshold exactly at the last cycle.
 */
@FunctionalInterface
public interface DamageCurve {
	/**
	 * The damage at a fraction of the life.
	 *
	 * @param lifeFraction 0 at the first cycle, 1 at the last (the failure)
	 * @return the used share of the health margin, 0 at the start and 1 at failure, not falling with time. The
	 *         simulation clips values to [0, 1], never lets the damage fall and sets 1 at the last cycle, so that a
	 *         sloppy curve still gives a monotone health index that fails on time.
	 */
	double at(double lifeFraction);
}
