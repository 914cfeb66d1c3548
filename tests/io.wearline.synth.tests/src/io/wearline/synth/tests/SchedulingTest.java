package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.core.MachineRule;
import io.wearline.synth.EpochRecord;

import io.wearline.synth.TrainingJob;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingSlots;

/** Trainings as Jobs: one at a time per machine, no more at once than the slots allow, statuses, cancel. */
class SchedulingTest {

	@TempDir
	Path workspace;

	/** Counts the trainings between their start and their last epoch, and the most at once. */
	private static final class Overlap implements TrainingListener {
		final AtomicInteger running = new AtomicInteger();
		final AtomicInteger most = new AtomicInteger();

		@Override
		public void runStarted(String runId, Path runFolder, int epochsDone, int epochs, int trainingRows,
				int validationRows, int layoutWidth) {
			most.accumulateAndGet(running.incrementAndGet(), Math::max);
		}

		@Override
		public void epochEnded(EpochRecord epoch) {
			if (epoch.epoch() == epoch.epochs()) {
				running.decrementAndGet();
			}
		}
	}

	private TrainingJob job(Machine machine, TrainingSlots slots, TrainingListener listener) {
		TrainingJob job = new TrainingJob(TestMachines.input(machine, TestMachines.twoModes(2000, 1)),
				TrainingRequest.defaults().withEpochs(4));
		job.setSlots(slots);
		job.addTrainingListener(listener);
		return job;
	}

	@Test
	void twoTrainingsOfOneMachineNeverOverlap() throws IOException, InterruptedException {
		Machine machine = TestMachines.machine(workspace, "shared", 3);
		Overlap overlap = new Overlap();
		TrainingSlots plenty = new TrainingSlots(4);
		TrainingJob first = job(machine, plenty, overlap);
		TrainingJob second = job(machine, plenty, overlap);
		first.schedule();
		second.schedule();
		first.join();
		second.join();
		assertEquals(1, overlap.most.get());
		assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().getMessage());
		assertEquals(IStatus.OK, second.getResult().getSeverity(), second.getResult().getMessage());
		assertNotEquals(first.result().orElseThrow().runId(), second.result().orElseThrow().runId());
	}

	@Test
	void oneSlotLetsOneTrainingRunAtOnce() throws IOException, InterruptedException {
		Overlap overlap = new Overlap();
		TrainingSlots one = new TrainingSlots(1);
		TrainingJob first = job(TestMachines.machine(workspace, "left", 3), one, overlap);
		TrainingJob second = job(TestMachines.machine(workspace, "right", 3), one, overlap);
		first.schedule();
		second.schedule();
		first.join();
		second.join();
		assertEquals(1, overlap.most.get());
		assertEquals(0, one.taken());
		assertTrue(first.result().isPresent() && second.result().isPresent());
	}

	/**
	 * A monitor that says when a waiter first asks it about a cancel: {@link TrainingSlots#acquire} asks only while
	 * every slot is taken, so the call proves the waiter is waiting, with no sleep in between.
	 */
	private static final class WaitingMonitor extends NullProgressMonitor {
		final CountDownLatch asked = new CountDownLatch(1);

		@Override
		public boolean isCanceled() {
			asked.countDown();
			return super.isCanceled();
		}
	}

	/** A second training that waits for the one slot, which the test holds; returns once it is seen waiting. */
	private static CompletableFuture<Void> waitingForTheSlot(TrainingSlots slots, WaitingMonitor monitor)
			throws InterruptedException {
		slots.acquire(null);
		CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> slots.acquire(monitor));
		assertTrue(monitor.asked.await(30, TimeUnit.SECONDS), "the second training waits for the slot");
		return waiter;
	}

	@Test
	void aTrainingWaitsForAFreeSlotAndGoesOnWhenOneIsGivenBack() throws Exception {
		TrainingSlots slots = new TrainingSlots(1);
		CompletableFuture<Void> waiter = waitingForTheSlot(slots, new WaitingMonitor());
		assertFalse(waiter.isDone(), "and does not take it while the first holds it");
		assertEquals(1, slots.taken());
		slots.release();
		waiter.get(30, TimeUnit.SECONDS);
		assertEquals(1, slots.taken(), "the waiter holds the slot now");
	}

	@Test
	void aCancelEndsTheWaitForASlot() throws Exception {
		TrainingSlots slots = new TrainingSlots(1);
		WaitingMonitor monitor = new WaitingMonitor();
		CompletableFuture<Void> waiter = waitingForTheSlot(slots, monitor);
		monitor.setCanceled(true);
		ExecutionException ended = assertThrows(ExecutionException.class, () -> waiter.get(30, TimeUnit.SECONDS));
		assertTrue(ended.getCause() instanceof OperationCanceledException, ended::toString);
		assertEquals(1, slots.taken(), "the cancelled waiter took no slot");
	}

	@Test
	void aRaisedLimitLetsAWaiterIn() throws Exception {
		TrainingSlots slots = new TrainingSlots(1);
		CompletableFuture<Void> waiter = waitingForTheSlot(slots, new WaitingMonitor());
		slots.setLimit(2);
		waiter.get(30, TimeUnit.SECONDS);
		assertEquals(2, slots.taken());
		assertThrows(IllegalArgumentException.class, () -> slots.setLimit(0));
	}

	@Test
	void machineRulesConflictForTheSameFolderOnly() {
		MachineRule a = new MachineRule(workspace.resolve("a"));
		assertTrue(a.isConflicting(new MachineRule(workspace.resolve("b/../a"))));
		assertFalse(a.isConflicting(new MachineRule(workspace.resolve("b"))));
		assertTrue(a.contains(a));
	}

	@Test
	void aCancelledJobEndsWithACancelStatusAndAMissingSeedWithAnError() throws IOException, InterruptedException {
		Machine machine = TestMachines.machine(workspace, "stopped", 3);
		TrainingJob job = new TrainingJob(TestMachines.input(machine, TestMachines.twoModes(2000, 1)),
				TrainingRequest.defaults().withEpochs(50));
		job.setSlots(new TrainingSlots(1));
		job.addTrainingListener(new TrainingListener() {
			@Override
			public void epochEnded(EpochRecord epoch) {
				job.cancel();
			}
		});
		job.schedule();
		job.join();
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertEquals(TrainingOutcome.CANCELLED, job.result().orElseThrow().outcome());
		assertTrue(job.result().orElseThrow().epochs().size() <= 2, "it stops in the epoch after the cancel");

		TrainingJob unseeded = new TrainingJob(TestMachines.machine(workspace, "unseeded", 3),
				TrainingRequest.defaults());
		unseeded.schedule();
		unseeded.join();
		assertEquals(IStatus.ERROR, unseeded.getResult().getSeverity());
		assertTrue(unseeded.getResult().getMessage().contains("has no seed data"), unseeded.getResult().getMessage());
	}
}
