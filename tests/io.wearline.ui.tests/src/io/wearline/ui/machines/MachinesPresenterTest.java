package io.wearline.ui.machines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;

/** The presenter and its job without any widget: a recording list and a queue standing in for the UI thread. */
class MachinesPresenterTest {
	@TempDir
	Path workspace;

	private final RecordingList list = new RecordingList();
	private final Queue<Runnable> uiThread = new ConcurrentLinkedQueue<>();

	@Test
	void aRefreshReadsAndValidatesEveryMachineSortedById() throws Exception {
		ProfileTexts.write(workspace, "pump_2", ProfileTexts.withTwoErrors("pump_2", "Feed pump"));
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		MachinesPresenter presenter = new MachinesPresenter(list, uiThread::add, workspace);

		presenter.refresh().join();
		assertEquals(List.of(workspace), list.reading, "the list is told before the job runs");
		awaitUiTasks(1);
		assertTrue(list.shown.isEmpty(), "nothing is shown before the UI thread runs the result");
		runUiThread();

		MachineScan scan = list.shown.get(0);
		assertEquals(workspace, scan.folder());
		assertEquals(List.of("motor_1", "pump_2"), scan.machines().stream().map(MachineSummary::id).toList());
		MachineSummary motor = scan.machines().get(0);
		assertEquals("Valid", motor.status());
		assertEquals("Motor 1", motor.name());
		assertEquals("motor", motor.type());
		assertEquals(2, motor.sensors());
		MachineSummary pump = scan.machines().get(1);
		assertEquals("2 errors", pump.status());
		assertEquals("pump", pump.type());
		assertTrue(pump.firstProblem().startsWith("7:"), "the first error is the nominal on line 7: " + pump.firstProblem());
		assertEquals(1, scan.invalidCount());
	}

	@Test
	void aResultThatArrivesAfterANewerRefreshIsDropped() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		MachinesPresenter presenter = new MachinesPresenter(list, uiThread::add, workspace);
		MachineScanJob first = presenter.refresh();
		first.join();
		ProfileTexts.write(workspace, "motor_2", SampleProfiles.motor("motor_2", "Motor 2"));
		MachineScanJob second = presenter.refresh();
		second.join();

		// both results wait for the (busy) UI thread; only the newer one may reach the list
		awaitUiTasks(2);
		runUiThread();
		assertEquals(1, list.shown.size());
		assertSame(second.scan(), list.shown.get(0));
		assertEquals(2, list.shown.get(0).machines().size());
	}

	@Test
	void aDisposedPresenterShowsNothingMore() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		MachinesPresenter presenter = new MachinesPresenter(list, uiThread::add, workspace);
		MachineScanJob job = presenter.refresh();
		job.join();
		awaitUiTasks(1);
		presenter.dispose();
		runUiThread();
		assertTrue(list.shown.isEmpty());
	}

	@Test
	void anEmptyOrAbsentFolderHasNoMachines() throws Exception {
		MachinesPresenter presenter = new MachinesPresenter(list, uiThread::add, workspace);
		presenter.refresh().join();
		presenter.setWorkspace(workspace.resolve("absent")).join();
		awaitUiTasks(2);
		runUiThread();
		assertEquals(workspace.resolve("absent"), presenter.workspace());
		assertEquals(1, list.shown.size(), "only the latest scan is shown");
		MachineScan scan = list.shown.get(0);
		assertEquals(workspace.resolve("absent"), scan.folder());
		assertTrue(scan.machines().isEmpty());
		assertFalse(scan.hasFailed());
	}

	@Test
	void aCancelledScanStopsBetweenMachinesAndHasNoResult() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		ProfileTexts.write(workspace, "motor_2", SampleProfiles.motor("motor_2", "Motor 2"));
		MachineScanJob job = new MachineScanJob(workspace);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertEquals(IStatus.CANCEL, job.run(monitor).getSeverity());
		assertNull(job.scan());
	}

	/** The job hands its result over in its done listener, which may run just after join() returns. */
	private void awaitUiTasks(int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (uiThread.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(10);
		}
		assertEquals(count, uiThread.size(), "results handed to the UI thread");
	}

	private void runUiThread() {
		while (!uiThread.isEmpty()) {
			uiThread.remove().run();
		}
	}

	private static final class RecordingList implements MachineList {
		final List<Path> reading = new ArrayList<>();
		final List<MachineScan> shown = new ArrayList<>();

		@Override
		public void showReading(Path folder) {
			reading.add(folder);
		}

		@Override
		public void show(MachineScan scan) {
			shown.add(scan);
		}
	}
}
