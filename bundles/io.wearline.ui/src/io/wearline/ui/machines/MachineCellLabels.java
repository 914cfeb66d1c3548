package io.wearline.ui.machines;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The labels of one column of the Machines table. The machine column marks a profile with errors or warnings by
 * the workbench's problem icons, so the mark shows even when the view is too narrow for the status column; the
 * status of an invalid profile is red. Every cell of a row with problems has the first problem as its tooltip,
 * so the user learns what to fix without opening the file.
 */
final class MachineCellLabels extends ColumnLabelProvider {
	private final MachineColumn column;

	MachineCellLabels(MachineColumn column) {
		this.column = column;
	}

	@Override
	public String getText(Object element) {
		return column.text((MachineSummary) element);
	}

	@Override
	public Image getImage(Object element) {
		if (column != MachineColumn.MACHINE) {
			return null;
		}
		MachineSummary machine = (MachineSummary) element;
		if (!machine.isValid()) {
			return sharedImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return machine.warnings() > 0 ? sharedImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
	}

	@Override
	public Color getForeground(Object element) {
		MachineSummary machine = (MachineSummary) element;
		if (column == MachineColumn.STATUS && !machine.isValid()) {
			return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
		}
		return null;
	}

	@Override
	public String getToolTipText(Object element) {
		String problem = ((MachineSummary) element).firstProblem();
		return problem.isEmpty() ? null : problem;
	}

	private static Image sharedImage(String key) {
		// shared images belong to the workbench: never dispose them
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}
}
