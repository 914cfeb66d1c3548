package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.model.TrainingSpec;
import io.wearline.model.WearlineFactory;

/** A profile's training section maps onto the network's settings; impossible settings are refused. */
class TvaeConfigTest {

	@Test
	void anUntouchedTrainingSectionGivesCtgansDefaults() {
		assertEquals(TvaeConfig.DEFAULT, TvaeConfig.of(WearlineFactory.eINSTANCE.createTrainingSpec()));
		assertEquals(TvaeConfig.DEFAULT, TvaeConfig.of(null));
		assertEquals(new TvaeConfig(List.of(128, 128), 128, List.of(128, 128), 1e-3, 1e-5, 500, 2, 300),
				TvaeConfig.DEFAULT);
	}

	@Test
	void everySetAttributeReplacesItsDefault() {
		TrainingSpec spec = WearlineFactory.eINSTANCE.createTrainingSpec();
		spec.setEpochs(40);
		spec.setBatchSize(256);
		spec.setEmbeddingDim(64);
		spec.getCompressDims().addAll(List.of(256, 128, 64));
		spec.setLearningRate(2e-4);
		spec.setL2(0);
		TvaeConfig config = TvaeConfig.of(spec);
		assertEquals(new TvaeConfig(List.of(256, 128, 64), 64, List.of(128, 128), 2e-4, 0, 256, 2, 40), config);
	}

	@Test
	void impossibleSettingsAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TvaeConfig.DEFAULT.withBatchSize(0));
		assertTrue(e.getMessage().contains("batch size"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> new TvaeConfig(List.of(128, 0), 128, List.of(), 1e-3, 0, 500, 2, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new TvaeConfig(List.of(), 128, List.of(), Double.NaN, 0, 500, 2, 1));
	}
}
