package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * The simulation streamed chunk by chunk: the chunks hold whole units, reach the chunk size, and put together are
 * the data of a whole run, on one thread or several; a cancellation or a failing receiver stops the stream.
 */
class StreamTest {
	private static final MachineProfile PRESS = Fleets.parse(Fleets.PRESS);

	@Test
	void theChunksOfAStreamAreTheRowsOfARunInWholeUnits() throws IOException {
		SimulationOptions options = SimulationOptions.ofRows(20_000, 9);
		SeedData whole = Simulation.run(PRESS, options, null);
		List<SeedData> chunks = new ArrayList<>();

		long rows = Simulation.stream(PRESS, options, 3000, chunks::add, null);

		assertEquals(whole.rows(), rows);
		assertTrue(chunks.size() >= 5, chunks.size() + " chunks");
		int first = 0;
		int units = 0;
		for (int k = 0; k < chunks.size(); k++) {
			SeedData chunk = chunks.get(k);
			assertTrue(k == chunks.size() - 1 || chunk.rows() >= 3000, "chunk " + k + ": " + chunk.rows());
			assertEquals(1, chunk.cycle()[0], "a chunk starts with a unit's first cycle");
			assertTrue(chunk.failed()[chunk.rows() - 1], "a chunk ends with a unit's failure");
			assertRows(whole, first, chunk);
			first += chunk.rows();
			units += chunk.units();
		}
		assertEquals(whole.units(), units);
	}

	@Test
	void threadsDoNotChangeTheChunks() throws IOException {
		SimulationOptions options = SimulationOptions.ofUnits(200, 4);
		List<SeedData> one = new ArrayList<>();
		List<SeedData> three = new ArrayList<>();
		Simulation.stream(PRESS, options, 5000, one::add, null);
		Simulation.stream(PRESS, options.withThreads(3), 5000, three::add, null);
		assertEquals(one.size(), three.size());
		for (int k = 0; k < one.size(); k++) {
			assertRows(one.get(k), 0, three.get(k));
		}
	}

	@Test
	void aCancellationOrAFailingReceiverStopsTheStream() {
		List<SeedData> received = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor();
		assertThrows(OperationCanceledException.class, () -> Simulation.stream(PRESS,
				SimulationOptions.ofUnits(100, 1), 500, chunk -> {
					received.add(chunk);
					monitor.setCanceled(true);
				}, monitor));
		assertEquals(1, received.size());

		IOException full = new IOException("disk full");
		List<SeedData> before = new ArrayList<>();
		IOException thrown = assertThrows(IOException.class, () -> Simulation.stream(PRESS,
				SimulationOptions.ofUnits(100, 1), 500, chunk -> {
					before.add(chunk);
					throw full;
				}, null));
		assertSame(full, thrown);
		assertEquals(1, before.size());
		assertThrows(IllegalArgumentException.class,
				() -> Simulation.stream(PRESS, SimulationOptions.ofUnits(1, 1), 0, chunk -> { }, null));
	}

	/** The chunk's rows are the rows of {@code whole} from {@code first} on, column by column, bit for bit. */
	private static void assertRows(SeedData whole, int first, SeedData chunk) {
		int end = first + chunk.rows();
		assertArrayEquals(Arrays.copyOfRange(whole.unit(), first, end), chunk.unit());
		assertArrayEquals(Arrays.copyOfRange(whole.cycle(), first, end), chunk.cycle());
		assertArrayEquals(Arrays.copyOfRange(whole.regime(), first, end), chunk.regime());
		assertArrayEquals(Arrays.copyOfRange(whole.health(), first, end), chunk.health());
		assertArrayEquals(Arrays.copyOfRange(whole.rul(), first, end), chunk.rul());
		assertArrayEquals(Arrays.copyOfRange(whole.failureMode(), first, end), chunk.failureMode());
		assertArrayEquals(Arrays.copyOfRange(whole.failed(), first, end), chunk.failed());
		for (int s = 0; s < whole.sensorIds().size(); s++) {
			assertTrue(Arrays.equals(Arrays.copyOfRange(whole.sensor(s), first, end), chunk.sensor(s)),
					whole.sensorIds().get(s));
		}
	}
}
