package io.wearline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.ui.IPageLayout;
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

	/** After a reset the page shows the Machines view, with its list of machines. */
	@Test
	void theMachinesViewIsShownAfterAReset() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.resetPerspective();
		IViewReference machines = page.findViewReference(MachinesView.ID);
		assertNotNull(machines, "the perspective shows the Machines view");
		MachinesView view = (MachinesView) machines.getView(true);
		assertTrue(page.isPartVisible(view), "the Machines view is on top of its stack");
		assertFalse(view.machines().isDisposed(), "the view made its list of machines");
	}

	/**
	 * The perspective's layout, read from what it asks of the page rather than from pixels on a screen of
	 * whatever size: the Machines view left of the editor area, on about a third of the width, and nothing else.
	 */
	@Test
	void thePerspectivePutsTheMachinesViewLeftOfTheEditorsOnAboutAThird() {
		List<Object[]> views = new ArrayList<>();
		List<String> otherRequests = new ArrayList<>();
		IPageLayout layout = (IPageLayout) Proxy.newProxyInstance(IPageLayout.class.getClassLoader(),
				new Class<?>[] { IPageLayout.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "getEditorArea":
							return IPageLayout.ID_EDITOR_AREA;
						case "addView":
							views.add(args);
							return null;
						case "setEditorAreaVisible", "addShowViewShortcut":
							return null;
						default:
							otherRequests.add(method.getName());
							return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
					}
				});
		new Perspective().createInitialLayout(layout);
		assertEquals(List.of(), otherRequests);
		assertEquals(1, views.size(), "one view");
		Object[] machines = views.get(0);
		assertEquals(MachinesView.ID, machines[0]);
		assertEquals(IPageLayout.LEFT, machines[1], "left of ...");
		assertEquals(IPageLayout.ID_EDITOR_AREA, machines[3], "... the editor area");
		float share = (Float) machines[2];
		assertTrue(share > 0.25 && share < 0.45, "about a third of the width, not " + share);
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
