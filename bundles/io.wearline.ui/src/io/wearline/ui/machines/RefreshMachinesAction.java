package io.wearline.ui.machines;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchCommandConstants;

/**
 * Reads the workspace folder again. It carries the workbench's Refresh command id, so the view can install it as
 * the handler of that command and the command's key (F5) and icon apply to it.
 */
final class RefreshMachinesAction extends Action {
	private final MachinesPresenter presenter;

	RefreshMachinesAction(MachinesPresenter presenter, ImageDescriptor image) {
		super("Refresh", image);
		this.presenter = presenter;
		setToolTipText("Read the machines of the workspace folder again");
		setActionDefinitionId(IWorkbenchCommandConstants.FILE_REFRESH);
	}

	@Override
	public void run() {
		presenter.refresh();
	}
}
