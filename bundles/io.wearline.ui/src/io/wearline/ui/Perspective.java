package io.wearline.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.wearline.ui.machines.MachinesView;

/**
 * The Wearline perspective: the Machines view on the left, and the editor area on the right, where profiles,
 * charts and reports will open.
 */
public class Perspective implements IPerspectiveFactory {
	/** The perspective's id in {@code plugin.xml}. */
	public static final String ID = "io.wearline.ui.perspective";
	/** The share of the window's width the Machines view starts with. */
	static final float MACHINES_WIDTH = 0.35f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(MachinesView.ID, IPageLayout.LEFT, MACHINES_WIDTH, editorArea);
		layout.addShowViewShortcut(MachinesView.ID);
	}
}
