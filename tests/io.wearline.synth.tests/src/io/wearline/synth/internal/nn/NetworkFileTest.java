package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.synth.Rows;

/** A saved network loads back as the same network, optimiser included; a broken file is refused clearly. */
class NetworkFileTest {

	private final Rows data = TwoModeTable.rows(600, 1);

	@Test
	void aLoadedNetworkSamplesTheSameRows() throws IOException {
		TvaeNetwork network = trained(2);
		TvaeNetwork loaded = TvaeNetwork.fromBytes(network.toBytes());
		assertEquals(network.layout(), loaded.layout());
		assertEquals(network.config(), loaded.config());
		assertEquals(2, loaded.epochs());
		assertArrayEquals(network.sample(1000, 4).values(), loaded.sample(1000, 4).values());
	}

	@Test
	void aTrainingResumedFromASavedNetworkContinuesAsTheUninterruptedOne() throws IOException {
		TvaeNetwork straight = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		for (int e = 0; e < 3; e++) {
			straight.trainEpoch(data, new SplittableRandom(100 + e), EpochProgress.NONE);
		}
		TvaeNetwork resumed = TvaeNetwork.fromBytes(trained(2).toBytes());
		resumed.trainEpoch(data, new SplittableRandom(102), EpochProgress.NONE);
		assertArrayEquals(straight.parameters().values(), resumed.parameters().values());
		assertEquals(straight.loss(data), resumed.loss(data));
	}

	/** A network trained {@code epochs} epochs, the shuffle of epoch e drawn from 100 + e. */
	private TvaeNetwork trained(int epochs) {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		for (int e = 0; e < epochs; e++) {
			network.trainEpoch(data, new SplittableRandom(100 + e), EpochProgress.NONE);
		}
		return network;
	}

	@Test
	void aDamagedFileIsRefused() {
		byte[] bytes = trained(1).toBytes();
		bytes[bytes.length / 2] ^= 0x10;
		IOException e = assertThrows(IOException.class, () -> TvaeNetwork.fromBytes(bytes));
		assertTrue(e.getMessage().contains("damaged"), e.getMessage());
	}

	@Test
	void aCutOffFileIsRefused() {
		byte[] bytes = trained(1).toBytes();
		IOException e = assertThrows(IOException.class,
				() -> TvaeNetwork.fromBytes(Arrays.copyOf(bytes, bytes.length - 100)));
		assertTrue(e.getMessage().contains("ends too early"), e.getMessage());
	}

	@Test
	void anotherFileIsRefused() {
		IOException e = assertThrows(IOException.class,
				() -> TvaeNetwork.fromBytes("PAR1 not a network".getBytes(StandardCharsets.UTF_8)));
		assertTrue(e.getMessage().contains("not a Wearline TVAE network"), e.getMessage());
	}
}
