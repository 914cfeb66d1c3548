package io.wearline.ui.machines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;

/** The Machines view in the running workbench (UI harness, UI thread), over a real workspace folder. */
class MachinesViewUITest {
	private static final long TIMEOUT_MS = 20_000;

	@TempDir
	Path workspace;

	private IWorkbenchPage page;
	private MachinesView view;
	private Path workspaceBefore;

	@BeforeEach
	void openView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (MachinesView) page.showView(MachinesView.ID);
		workspaceBefore = view.presenter().workspace();
	}

	@AfterEach
	void restoreWorkspace() throws Exception {
		// the view outlives the test and its temporary folder
		view.presenter().setWorkspace(workspaceBefore).join();
	}

	@Test
	void listsTheMachinesSortedByIdWithTheValidityOfEachProfile() throws Exception {
		ProfileTexts.write(workspace, "pump_2", ProfileTexts.withTwoErrors("pump_2", "Feed pump"));
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));

		showWorkspace();
		Table table = view.machines().viewer().getTable();
		assertEquals(2, table.getItemCount());

		assertEquals(List.of("Machine", "Status", "Name", "Type", "Sensors", "Location"),
				Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
		TableItem motor = table.getItem(0);
		TableItem pump = table.getItem(1);
		assertEquals(List.of("motor_1", "Valid", "Motor 1", "motor", "2", workspace.resolve("motor_1").toString()),
				cells(motor));
		assertEquals(List.of("pump_2", "2 errors", "Feed pump", "pump", "1", workspace.resolve("pump_2").toString()),
				cells(pump));
		int machine = MachineColumn.MACHINE.ordinal();
		int status = MachineColumn.STATUS.ordinal();
		assertNotNull(pump.getImage(machine), "an invalid profile is marked by the error icon");
		assertNull(motor.getImage(machine), "a valid profile has no icon");
		assertEquals(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED).getRGB(), pump.getForeground(status).getRGB());
		assertEquals(table.getForeground().getRGB(), motor.getForeground(status).getRGB());
		ColumnLabelProvider statusLabels = (ColumnLabelProvider) view.machines().viewer().getLabelProvider(status);
		String tooltip = statusLabels.getToolTipText(pump.getData());
		assertTrue(tooltip.startsWith("7:") && tooltip.contains("5000"), "the first error, where and what: " + tooltip);
		assertNull(statusLabels.getToolTipText(motor.getData()));
		assertEquals("2 machines, 1 with errors in " + workspace, view.machines().summary());
		assertEquals("", view.machines().message());
	}

	@Test
	void anEmptyWorkspaceTellsHowToCreateTheFirstMachine() throws Exception {
		showWorkspace();
		assertEquals("No machines in " + workspace + ". Create one with ./wearline new --template motor --id m1"
				+ " --workspace " + workspace, view.machines().message());
		assertEquals(0, view.machines().viewer().getTable().getItemCount());
		assertFalse(view.machines().viewer().getTable().getVisible(), "the message takes the table's place");
	}

	@Test
	void theRefreshCommandAndF5ReadTheFolderAgain() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		showWorkspace();
		Table table = view.machines().viewer().getTable();
		assertEquals(1, table.getItemCount());

		ProfileTexts.write(workspace, "chiller_0", SampleProfiles.motor("chiller_0", "Chiller"));
		page.activate(view);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("F5", bindings.getBestActiveBindingFormattedFor(IWorkbenchCommandConstants.FILE_REFRESH));
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		MachineScanJob before = view.presenter().currentScan();
		handlers.executeCommand(IWorkbenchCommandConstants.FILE_REFRESH, null);
		assertNotSame(before, view.presenter().currentScan(), "the command started a new scan");
		awaitScanShown();
		assertEquals(2, table.getItemCount());
		assertEquals("chiller_0", table.getItem(0).getText(0), "the new machine sorts first");
	}

	@Test
	void theViewReadsTheFolderWhenItOpens() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		page.hideView(view);
		System.setProperty("wearline.workspace", workspace.toString());
		try {
			view = (MachinesView) page.showView(MachinesView.ID);
		} finally {
			System.clearProperty("wearline.workspace");
		}
		assertEquals(workspace, view.presenter().workspace());
		assertNotNull(view.presenter().currentScan(), "opening the view starts a scan");
		awaitScanShown();
		Table table = view.machines().viewer().getTable();
		assertEquals(1, table.getItemCount());
		assertEquals("motor_1", table.getItem(0).getText(0));
	}

	@Test
	void scansRunOffTheUiThread() throws Exception {
		ProfileTexts.write(workspace, "motor_1", SampleProfiles.motor("motor_1", "Motor 1"));
		List<Thread> ranOn = new CopyOnWriteArrayList<>();
		IJobChangeListener recorder = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(MachineScanJob.FAMILY)) {
					ranOn.add(Thread.currentThread());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(recorder);
		try {
			showWorkspace();
		} finally {
			Job.getJobManager().removeJobChangeListener(recorder);
		}
		assertEquals(1, ranOn.size(), "one scan ran");
		assertNotSame(Display.getCurrent().getThread(), ranOn.get(0), "the scan must not run on the UI thread");
	}

	private void showWorkspace() throws InterruptedException {
		view.presenter().setWorkspace(workspace).join();
		awaitScanShown();
	}

	/** The composite says "Reading ..." from a refresh until that refresh's result is shown. */
	private void awaitScanShown() throws InterruptedException {
		view.presenter().currentScan().join();
		waitFor(() -> !view.machines().summary().startsWith("Reading"));
	}

	private static List<String> cells(TableItem item) {
		return Arrays.stream(MachineColumn.values()).map(c -> item.getText(c.ordinal())).toList();
	}

	/** Runs the UI thread's queue until the condition holds; the scan's result arrives by asyncExec. */
	private static void waitFor(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "timed out waiting for the Machines view");
	}
}
