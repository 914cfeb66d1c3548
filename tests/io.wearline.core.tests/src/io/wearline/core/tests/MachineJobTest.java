package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;
import io.wearline.core.MachineLock;
import io.wearline.core.MachineRule;
import io.wearline.core.StepOutcome;
import io.wearline.data.AtomicFile;

/** The skeleton of every machine Job: statuses, the outcome it records, its lock, and a step run inside a build. */
class MachineJobTest {

	@TempDir
	Path workspace;

	/** A step that writes a note into the machine, fails as a full disk would, or is cancelled, as it is told. */
	private static final class NoteJob extends MachineJob<Path> {
		private final String note;

		NoteJob(Machine machine, String note) {
			super("Writing a note", machine, "note");
			this.note = note;
		}

		@Override
		protected Path perform(IProgressMonitor monitor) throws IOException {
			if (note == null) {
				throw new IOException("the disk is full");
			}
			if (note.equals("cancel")) {
				throw new OperationCanceledException();
			}
			Path file = machine().folder().resolve("note.txt");
			AtomicFile.write(file, note.getBytes(StandardCharsets.UTF_8));
			return file;
		}

		@Override
		protected IStatus statusOf(Path made) {
			return new Status(IStatus.OK, PLUGIN_ID, "wrote " + made.getFileName());
		}
	}

	private Machine machine(String id) throws IOException {
		return new Machine(id, Files.createDirectories(workspace.resolve(id)));
	}

	private static IStatus run(Job job) throws InterruptedException {
		job.schedule();
		job.join();
		return job.getResult();
	}

	@Test
	void aStepThatEndsWellRecordsItsOutcomeAndLetsTheMachineGo() throws Exception {
		Machine machine = machine("m1");
		NoteJob job = new NoteJob(machine, "hello");
		assertEquals(new MachineRule(machine.folder()), job.getRule());
		assertEquals(Job.LONG, job.getPriority());
		assertTrue(job.belongsTo(MachineJob.FAMILY));

		IStatus status = run(job);
		assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
		assertEquals("hello", Files.readString(job.result().orElseThrow()));
		StepOutcome outcome = StepOutcome.read(machine).orElseThrow();
		assertEquals("note", outcome.step());
		assertEquals(StepOutcome.Result.SUCCEEDED, outcome.result());
		assertEquals("wrote note.txt", outcome.message());
		assertTrue(MachineLock.holder(machine).isEmpty(), "the lock goes with the Job");
	}

	@Test
	void aFailureIsAnErrorSayingWhyAndAFailedOutcome() throws Exception {
		Machine machine = machine("m1");
		NoteJob job = new NoteJob(machine, null);
		IStatus status = run(job);
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("note of m1: the disk is full", status.getMessage());
		assertFalse(MachineJob.busy(status));
		assertTrue(job.result().isEmpty());
		StepOutcome outcome = StepOutcome.read(machine).orElseThrow();
		assertEquals(StepOutcome.Result.FAILED, outcome.result());
		assertEquals(status.getMessage(), outcome.message());
	}

	@Test
	void aCancelIsACancelStatusAndACancelledOutcome() throws Exception {
		Machine machine = machine("m1");
		IStatus status = run(new NoteJob(machine, "cancel"));
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertEquals(StepOutcome.Result.CANCELLED, StepOutcome.read(machine).orElseThrow().result());
		assertFalse(Files.exists(machine.folder().resolve("note.txt")));
	}

	@Test
	void aBuildThatHoldsTheMachineRunsItsStepsInItsOwnThread() throws Exception {
		Machine machine = machine("m1");
		NoteJob step = new NoteJob(machine, "inside");
		Job build = Job.create("build", monitor -> {
			try (MachineLock lock = MachineLock.acquire(machine, "build")) {
				return step.runInCallingThread(monitor);
			} catch (IOException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		build.setRule(new MachineRule(machine.folder()));
		IStatus status = run(build);
		assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
		assertEquals("inside", Files.readString(step.result().orElseThrow()));
		assertTrue(MachineLock.holder(machine).isEmpty(), "the step's hold and the build's are both given back");
	}

	@Test
	void aMachineWithoutAFolderIsAnErrorThatRecordsNothing() throws Exception {
		Machine machine = new Machine("gone", workspace.resolve("gone"));
		IStatus status = run(new NoteJob(machine, "hello"));
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("has no folder"), status.getMessage());
		assertFalse(Files.exists(machine.folder()), "nothing is created");
	}
}
