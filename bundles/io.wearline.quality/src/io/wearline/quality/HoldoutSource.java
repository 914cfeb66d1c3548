package io.wearline.quality;

import io.wearline.core.Machine;

/**
 * Makes a machine's {@link Holdout} when its score needs one, once the seed data is read: the holdout is sized by
 * the seed data's rows. Quality knows no simulation; the caller decides what unseen rows are.
 */
@FunctionalInterface
public interface HoldoutSource {
	/** A source of no holdout: privacy and utility then use only the training rows. */
	HoldoutSource NONE = (machine, seedRows) -> Holdout.none("no unseen rows were given");

	/**
	 * The holdout of a machine.
	 *
	 * @param machine the machine being scored
	 * @param seedRows the rows of its seed data
	 * @return the holdout; its table is null when there is none, and its description says why
	 */
	Holdout of(Machine machine, int seedRows);
}
