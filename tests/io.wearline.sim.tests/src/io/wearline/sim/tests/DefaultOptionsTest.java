package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.wearline.model.DatasetSpec;
import io.wearline.model.MachineProfile;
import io.wearline.model.ProfileDefaults;
import io.wearline.model.TrainingSpec;
import io.wearline.model.WearlineFactory;
import io.wearline.sim.SimulationOptions;

/**
 * A profile without a dataset or training block starts from the same seed and size as one with an empty block:
 * {@link ProfileDefaults#SEED} and the model's own defaults agree.
 */
class DefaultOptionsTest {

	@Test
	void theDefaultSeedIsTheSeedOfAnEmptyDatasetAndTrainingBlock() {
		DatasetSpec dataset = WearlineFactory.eINSTANCE.createDatasetSpec();
		TrainingSpec training = WearlineFactory.eINSTANCE.createTrainingSpec();
		assertEquals(ProfileDefaults.SEED, dataset.getSeed());
		assertEquals(ProfileDefaults.SEED, training.getSeed());
	}

	@Test
	void aProfileWithoutADatasetBlockIsSimulatedAsOneWithAnEmptyBlock() {
		MachineProfile without = WearlineFactory.eINSTANCE.createMachineProfile();
		MachineProfile withEmpty = WearlineFactory.eINSTANCE.createMachineProfile();
		withEmpty.setDataset(WearlineFactory.eINSTANCE.createDatasetSpec());
		assertEquals(SimulationOptions.of(withEmpty), SimulationOptions.of(without));
	}

	@Test
	void aDatasetBlockDecidesRowsAndSeed() {
		MachineProfile profile = WearlineFactory.eINSTANCE.createMachineProfile();
		DatasetSpec dataset = WearlineFactory.eINSTANCE.createDatasetSpec();
		dataset.setTrainRows(100);
		dataset.setValRows(20);
		dataset.setTestRows(30);
		dataset.setSeed(7);
		profile.setDataset(dataset);
		assertEquals(SimulationOptions.ofRows(150, 7), SimulationOptions.of(profile));
	}
}
