package io.wearline.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/** Lists the machines of the workspace with the validity of each profile. */
public class MachinesView extends ViewPart {
	public static final String ID = "io.wearline.ui.machinesView";
	private Table table;

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
