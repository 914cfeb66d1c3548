package io.wearline.ui.machines;

import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The widgets of the Machines view: a line that names the workspace folder and counts its machines, and below it
 * either the table of machines (sorted by id) or a message: how to create the first machine, or why the folder
 * could not be read. It only shows what {@link MachinesPresenter} hands it.
 */
public final class MachinesComposite extends Composite implements MachineList {
	private final Label summary;
	private final Composite pages;
	private final StackLayout stack = new StackLayout();
	private final TableViewer viewer;
	private final Text message;

	public MachinesComposite(Composite parent, int style) {
		super(parent, style);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		summary = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
		pages = new Composite(this, SWT.NONE);
		pages.setLayout(stack);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		viewer = createViewer(pages);
		// a read-only text, not a label: the user can copy the command it suggests
		message = new Text(pages, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		stack.topControl = viewer.getControl();
	}

	private static TableViewer createViewer(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (MachineColumn column : MachineColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.isNumeric() ? SWT.RIGHT : SWT.LEFT);
			viewerColumn.getColumn().setText(column.header());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(new MachineCellLabels(column));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return Comparator.comparing(MachineSummary::id).compare((MachineSummary) a, (MachineSummary) b);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		return viewer;
	}

	@Override
	public void showReading(Path folder) {
		if (!isDisposed()) {
			summary.setText("Reading the machines in " + folder + " \u2026");
		}
	}

	@Override
	public void show(MachineScan scan) {
		if (isDisposed()) {
			return;
		}
		viewer.setInput(scan.machines());
		if (scan.hasFailed()) {
			showMessage(scan.folder().toString(), scan.failure());
		} else if (scan.machines().isEmpty()) {
			showMessage(scan.folder().toString(), emptyMessage(scan.folder()));
		} else {
			summary.setText(count(scan) + " in " + scan.folder());
			stack.topControl = viewer.getControl();
			pages.layout();
		}
		layout();
	}

	/** The message shown when a workspace folder holds no machine: how to make one. */
	public static String emptyMessage(Path folder) {
		return "No machines in " + folder + ". Create one with ./wearline new --template motor --id m1 --workspace "
				+ folder;
	}

	/** The table viewer, for tests and for views that add selection listeners. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The message shown instead of the table; empty while the table is shown. */
	public String message() {
		return stack.topControl == message ? message.getText() : "";
	}

	/** The line above the table. */
	public String summary() {
		return summary.getText();
	}

	private void showMessage(String headline, String text) {
		summary.setText(headline);
		message.setText(text);
		stack.topControl = message;
		pages.layout();
	}

	private static String count(MachineScan scan) {
		int machines = scan.machines().size();
		long invalid = scan.invalidCount();
		String counted = machines + (machines == 1 ? " machine" : " machines");
		return invalid == 0 ? counted + ", all valid" : counted + ", " + invalid + " with errors";
	}

	@Override
	public boolean setFocus() {
		return stack.topControl.setFocus();
	}
}
