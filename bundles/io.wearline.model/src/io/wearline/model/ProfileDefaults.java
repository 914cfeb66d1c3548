package io.wearline.model;

/**
 * What a profile means where it says nothing. The model's own defaults ({@code seed 42} of the dataset and training
 * blocks in {@code model/wearline.ecore}) cover a block that is there; these cover a profile without the block, so
 * that seeding, training, generating and scoring such a profile all start from the same place.
 */
public final class ProfileDefaults {
	/**
	 * The seed of the simulation, the training and the generation of a profile without a dataset or training block:
	 * the same as the blocks' own default, so that adding an empty block changes nothing.
	 */
	public static final long SEED = 42;

	private ProfileDefaults() {
	}
}
