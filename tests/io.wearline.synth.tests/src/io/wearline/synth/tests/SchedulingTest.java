package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
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

	@Test
	void aSlotIsWaitedForAndTheWaitEndsOnCancel() throws InterruptedException {
		TrainingSlots slots = new TrainingSlots(1);
		slots.acquire(null);
		CountDownLatch got = new CountDownLatch(1);
		Thread waiter = new Thread(() -> {
			slots.acquire(new NullProgressMonitor());
			got.countDown();
		});
		waiter.start();
		assertFalse(got.await(300, TimeUnit.MILLISECONDS), "the second training waits");
		slots.release();
		assertTrue(got.await(5, TimeUnit.SECONDS), "and goes on when the slot is free");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> slots.acquire(cancelled));
		slots.setLimit(2);
		slots.acquire(null);
		assertEquals(2, slots.taken());
		assertEquals(TrainingSlots.defaultLimit(), Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
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
