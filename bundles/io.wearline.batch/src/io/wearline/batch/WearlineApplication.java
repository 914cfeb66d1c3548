package io.wearline.batch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application: {@code wearline <command> ...}. */
public class WearlineApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		System.out.println("wearline: " + String.join(" ", args));
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// commands end by themselves
	}
}
