package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;
import io.wearline.core.Machine;
import io.wearline.core.MachineBusyException;
import io.wearline.core.MachineEvent;
import io.wearline.core.MachineEvent.JobEnded;
import io.wearline.core.MachineEvent.JobStarted;
import io.wearline.core.MachineEvent.MachineAdded;
import io.wearline.core.MachineEvent.MachineRemoved;
import io.wearline.core.MachineEvent.ProfileChanged;
import io.wearline.core.MachineEvent.StageChanged;
import io.wearline.core.MachineRule;
import io.wearline.core.MachineStatus;
import io.wearline.core.MachineStore;
import io.wearline.core.MachineStoreListener;
import io.wearline.core.Profiles;
import io.wearline.core.StepOutcome;
import io.wearline.model.MachineProfile;

/** The store tells its listeners of every change: its own, a Job's, another process's. Waits are on events only. */
class MachineStoreEventsTest {
	private static final long TIMEOUT_SECONDS = 60;

	@TempDir
	Path workspace;

	private final BlockingQueue<MachineEvent> events = new LinkedBlockingQueue<>();
	private final MachineStoreListener listener = events::add;
	private MachineStore store;
	private MachineProfile profile;

	@BeforeEach
	void listen() throws IOException {
		profile = Profiles.get().load(SampleProfiles.write(workspace.resolve("in/m1.machine"), SampleProfiles.MOTOR)).profile();
		store = new MachineStore(workspace.resolve("ws"));
		store.addListener(listener);
	}

	@AfterEach
	void stopListening() {
		store.stopWatching();
		store.removeListener(listener);
	}

	/** The next event of this kind; the events before it are dropped. */
	private <T extends MachineEvent> T next(Class<T> kind, Predicate<T> matching) throws InterruptedException {
		while (true) {
			MachineEvent event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (event == null) {
				throw new AssertionError("no " + kind.getSimpleName() + " within " + TIMEOUT_SECONDS + " s");
			}
			if (kind.isInstance(event) && matching.test(kind.cast(event))) {
				return kind.cast(event);
			}
		}
	}

	@Test
	void createSaveAndDeleteAreToldInTheOrderTheyHappen() throws Exception {
		Machine machine = store.create("m1", profile);
		assertEquals(machine, assertInstanceOf(MachineAdded.class, events.take()).machine());
		assertEquals(1, assertInstanceOf(ProfileChanged.class, events.take()).version().number());

		MachineProfile changed = org.eclipse.emf.ecore.util.EcoreUtil.copy(profile);
		changed.getSensors().get(0).setNoise(3.0);
		store.save(machine, changed);
		ProfileChanged saved = assertInstanceOf(ProfileChanged.class, events.take());
		assertEquals(2, saved.version().number());
		assertEquals("sensor speed: noise 2.5 → 3", saved.version().summary());

		store.delete(machine);
		assertEquals(machine, assertInstanceOf(MachineRemoved.class, events.take()).machine());
		assertTrue(events.isEmpty(), events::toString);
	}

	@Test
	void aJobOnAMachineIsToldWhenItStartsAndEndsAndTheMachineIsBusyMeanwhile() throws Exception {
		Machine machine = store.create("m1", profile);
		CountDownLatch release = new CountDownLatch(1);
		Job seed = Job.create("Seeding m1", monitor -> {
			try {
				release.await();
				SampleProfiles.write(machine.seedFile(), "seed");
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				return Status.error("seeding failed", e);
			}
		});
		seed.setRule(new MachineRule(machine.folder()));
		seed.schedule();

		assertEquals("Seeding m1", next(JobStarted.class, e -> true).job());
		MachineBusyException busy = assertThrows(MachineBusyException.class, () -> store.saveText(machine, "x"));
		assertTrue(busy.getMessage().startsWith("machine m1 is busy: Seeding m1 started by process "
				+ ProcessHandle.current().pid()), busy.getMessage());
		release.countDown();

		JobEnded ended = next(JobEnded.class, e -> true);
		assertEquals(IStatus.OK, ended.result().getSeverity());
		StageChanged stage = next(StageChanged.class, e -> true);
		assertEquals(Machine.Stage.PROFILE, stage.before().stage());
		assertEquals(Machine.Stage.SEEDED, stage.after().stage());
		seed.join();
		store.saveText(machine, Files.readString(machine.profileFile()) + "\n");
	}

	@Test
	void aJobOfAnotherWorkspaceIsNotTold() throws Exception {
		Job other = Job.create("Seeding elsewhere", monitor -> Status.OK_STATUS);
		other.setRule(new MachineRule(workspace.resolve("elsewhere/m1")));
		Job mine = Job.create("Seeding m1", monitor -> Status.OK_STATUS);
		mine.setRule(new MachineRule(store.root().resolve("m1")));
		other.schedule();
		other.join();
		mine.schedule();
		assertEquals("Seeding m1", next(JobStarted.class, e -> true).job());
	}

	@Test
	void refreshTellsWhatAnotherProcessChangedAndRecordsAnOutsideEdit() throws Exception {
		Machine machine = store.create("m1", profile);
		store.refresh(); // the first look takes note
		events.clear();

		new StepOutcome("score", StepOutcome.Result.FAILED, "privacy 0.381 < 0.50", Instant.now()).write(machine);
		Files.writeString(machine.profileFile(), Files.readString(machine.profileFile())
				.replace("noise 2.5", "noise 4"));
		Machine other = new Machine("m2", store.root().resolve("m2"));
		SampleProfiles.write(other.profileFile(), SampleProfiles.MOTOR.replace("machine m1", "machine m2"));
		store.refresh();

		assertEquals(other, next(MachineAdded.class, e -> true).machine());
		events.clear();
		store.refresh();
		assertTrue(events.isEmpty(), "a second look finds nothing new: " + events);
		List<String> summaries = store.history(machine).stream().map(v -> v.summary()).toList();
		assertEquals("changed outside Wearline: sensor speed: noise 2.5 → 4", summaries.get(summaries.size() - 1));
		MachineStatus status = store.status(machine);
		assertEquals("failed at score", status.label());
	}

	@Test
	void refreshTellsAProfileChangeAndAFailedStepAsTheyHappen() throws Exception {
		Machine machine = store.create("m1", profile);
		store.refresh();
		events.clear();

		Files.writeString(machine.profileFile(), Files.readString(machine.profileFile())
				.replace("noise 2.5", "noise 4"));
		new StepOutcome("score", StepOutcome.Result.FAILED, "privacy 0.381 < 0.50", Instant.now()).write(machine);
		store.refresh();

		ProfileChanged changed = next(ProfileChanged.class, e -> true);
		assertEquals("changed outside Wearline: sensor speed: noise 2.5 → 4", changed.version().summary());
		StageChanged failed = next(StageChanged.class, e -> true);
		assertEquals("failed at score", failed.after().label());
		assertEquals("score", failed.after().failedStep().orElseThrow());
	}

	@Test
	void theWatchNoticesAMachineMadeByAnotherProcess() throws Exception {
		store.create("m1", profile);
		store.refresh();
		store.startWatching(Duration.ofMillis(50));
		Machine other = new Machine("m2", store.root().resolve("m2"));
		SampleProfiles.write(other.profileFile(), SampleProfiles.MOTOR.replace("machine m1", "machine m2"));
		assertEquals(other, next(MachineAdded.class, e -> e.machine().id().equals("m2")).machine());
		Files.delete(other.profileFile());
		assertEquals(other, next(MachineRemoved.class, e -> true).machine());
	}
}
