package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.synth.Layout;
import io.wearline.synth.Rows;

/** Input the network cannot learn from is refused with a message that says where; a diverging run stops. */
class BadInputTest {

	private final TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);

	@Test
	void aNaNIsRefusedWithItsRowAndColumn() {
		Rows rows = TwoModeTable.rows(300, 1);
		rows.set(123, 3, Float.NaN);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> network.trainEpoch(rows, new SplittableRandom(1), EpochProgress.NONE));
		assertTrue(e.getMessage().contains("row 123, column 3") && e.getMessage().contains("NaN"), e.getMessage());
		assertEquals(0, network.epochs());
	}

	@Test
	void anInfinityIsRefusedForTheValidationLossToo() {
		Rows rows = TwoModeTable.rows(300, 1);
		rows.set(7, 0, Float.NEGATIVE_INFINITY);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> network.loss(rows));
		assertTrue(e.getMessage().contains("row 7, column 0"), e.getMessage());
	}

	@Test
	void noRowsAndTheWrongWidthAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> network.trainEpoch(Rows.zeros(0, 7), new SplittableRandom(1), EpochProgress.NONE));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> network.trainEpoch(Rows.zeros(10, 6), new SplittableRandom(1), EpochProgress.NONE));
		assertTrue(e.getMessage().contains("6 columns"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> TvaeNetwork.create(new Layout(java.util.List.of()), TwoModeTable.smallConfig(), 1));
	}

	@Test
	void aDivergingTrainingStopsBeforeCarryingANaNIntoTheParameters() {
		TvaeConfig reckless = new TvaeConfig(java.util.List.of(32), 16, java.util.List.of(32), 1e8, 0, 100, 2, 10);
		TvaeNetwork diverging = TvaeNetwork.create(TwoModeTable.LAYOUT, reckless, 7);
		Rows rows = TwoModeTable.rows(1000, 1);
		TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> {
			for (int epoch = 0; epoch < 20; epoch++) {
				diverging.trainEpoch(rows, new SplittableRandom(epoch), EpochProgress.NONE);
			}
		});
		assertTrue(e.getMessage().contains("diverged in epoch " + (e.epoch() + 1)), e.getMessage());
		assertEquals(-1, diverging.parameters().firstNonFinite(), "no parameter is NaN or infinite");
	}
}
