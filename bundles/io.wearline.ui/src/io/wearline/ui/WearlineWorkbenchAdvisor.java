package io.wearline.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Opens the Wearline window (title "Wearline") on the Wearline perspective. */
public class WearlineWorkbenchAdvisor extends WorkbenchAdvisor {
	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// adapters that let the workbench show resources
		IDE.registerAdapters();
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1000, 700));
				configurer.setShowStatusLine(true);
				configurer.setTitle("Wearline");
			}

			@Override
			public void postWindowOpen() {
				configurer.getWindow().getShell().setLocation(0, 0);
				// marker line for scripts that wait for the window
				System.out.println("WEARLINE: workbench window opened at " + System.currentTimeMillis()
						+ " workspace=" + WorkspaceFolder.current());
			}
		};
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (Exception e) {
			// the workspace saves again on the next start
		}
		return true;
	}
}
