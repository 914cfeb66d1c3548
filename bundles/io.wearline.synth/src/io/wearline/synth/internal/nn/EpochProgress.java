package io.wearline.synth.internal.nn;

/**
 * What a training epoch reports to and asks of its caller between batches: the trainer's Job ticks its monitor and
 * passes its cancel request on.
 */
@FunctionalInterface
public interface EpochProgress {

	/** No reporting, never cancelled. */
	EpochProgress NONE = () -> false;

	/**
	 * Whether the caller wants the epoch to stop; asked before every batch (a batch of 500 rows takes a few
	 * milliseconds).
	 *
	 * @return {@code true} to stop
	 */
	boolean canceled();

	/**
	 * Called after every batch.
	 *
	 * @param batch the batches done in this epoch, from 1
	 * @param batches the batches of the epoch
	 * @param loss the loss of this batch
	 */
	default void batchDone(int batch, int batches, double loss) {
	}
}
