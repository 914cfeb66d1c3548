package io.wearline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.ui.Perspective;
import io.wearline.ui.WorkspaceFolder;
import io.wearline.ui.machines.MachinesView;

/** The Wearline window as the application opens it. */
class WorkbenchUITest {

	@Test
	void theWindowIsCalledWearlineAndOpensTheWearlinePerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertEquals("Wearline", window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals(Perspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible(), "the editor area is where profiles will open");
	}

	@Test
	void theMachinesViewTakesTheLeftThirdOfThePerspective() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.resetPerspective();
		IViewReference machines = page.findViewReference(MachinesView.ID);
		assertNotNull(machines, "the perspective shows the Machines view");
		MachinesView view = (MachinesView) machines.getView(true);
		Rectangle viewArea = view.machines().getParent().getBounds();
		Rectangle window = page.getWorkbenchWindow().getShell().getClientArea();
		assertTrue(view.machines().getParent().toDisplay(0, 0).x - page.getWorkbenchWindow().getShell().toDisplay(0, 0).x < 50,
				"the view sits at the window's left edge");
		double share = viewArea.width / (double) window.width;
		assertTrue(share > 0.25 && share < 0.45, "the view takes about 35% of the width, not " + share);
	}

	@Test
	void theWorkspaceFolderIsTheInstanceLocationUnlessThePropertyNamesOne(@TempDir Path folder) throws Exception {
		Path instance = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).toAbsolutePath().normalize();
		assertEquals(instance, WorkspaceFolder.current());
		System.setProperty(WorkspaceFolder.PROPERTY, folder.toString());
		try {
			assertEquals(folder.toAbsolutePath().normalize(), WorkspaceFolder.current());
		} finally {
			System.clearProperty(WorkspaceFolder.PROPERTY);
		}
	}
}
