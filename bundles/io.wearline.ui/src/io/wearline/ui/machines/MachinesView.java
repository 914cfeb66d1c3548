package io.wearline.ui.machines;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandImageService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import io.wearline.ui.WorkspaceFolder;

/**
 * Lists the machines of the workspace folder with the validity of each profile. It wires the widgets
 * ({@link MachinesComposite}) to the presenter ({@link MachinesPresenter}) and to the workbench: the Refresh
 * button and F5, and the busy look while a scan runs. It reads the folder when it opens.
 */
public class MachinesView extends ViewPart {
	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "io.wearline.ui.machinesView";

	private MachinesComposite machines;
	private MachinesPresenter presenter;

	@Override
	public void createPartControl(Composite parent) {
		machines = new MachinesComposite(parent, SWT.NONE);
		Display display = parent.getDisplay();
		presenter = new MachinesPresenter(machines, task -> {
			if (!display.isDisposed()) {
				display.asyncExec(task);
			}
		}, WorkspaceFolder.current());
		contributeRefresh();
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.showBusyForFamily(MachineScanJob.FAMILY);
		}
		presenter.refresh();
	}

	private void contributeRefresh() {
		ICommandImageService images = getSite().getService(ICommandImageService.class);
		IAction refresh = new RefreshMachinesAction(presenter,
				images == null ? null : images.getImageDescriptor(IWorkbenchCommandConstants.FILE_REFRESH));
		IActionBars bars = getViewSite().getActionBars();
		bars.getToolBarManager().add(refresh);
		// the handler of the workbench's Refresh command while this view is active: F5 reads the folder again
		bars.setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
		bars.updateActionBars();
	}

	/** The presenter, to point the view at another folder (tests, a future workspace switcher). */
	public MachinesPresenter presenter() {
		return presenter;
	}

	/** The view's widgets. */
	public MachinesComposite machines() {
		return machines;
	}

	@Override
	public void setFocus() {
		machines.setFocus();
	}

	@Override
	public void dispose() {
		if (presenter != null) {
			presenter.dispose();
		}
		super.dispose();
	}
}
