package io.wearline.batch;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code io.wearline.batch.app}: {@code wearline <command> ...}. It only wires the
 * process's streams, working directory and environment to a {@link CommandLine} and returns its exit code.
 * <p>
 * The returned {@link Integer} becomes the process exit code: for the default application (the one named by
 * {@code -application}) Equinox's {@code EclipseAppHandle} stores it in the {@code eclipse.exitcode} property,
 * the launcher's {@code Main.run} reads that property back after the framework stops, and {@code Main.main}
 * calls {@code System.exit} with it. An exception thrown from {@link #start} would become exit code 13 and a
 * log file instead, so nothing escapes from here.
 */
public class WearlineApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		String[] words = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Console console = Console.ofProcess();
		ExitCode code = new CommandLine().run(words == null ? List.of() : List.of(words), console);
		console.out().flush();
		console.err().flush();
		return code == ExitCode.OK ? IApplication.EXIT_OK : Integer.valueOf(code.value());
	}

	@Override
	public void stop() {
		// commands end by themselves; the platform only calls this when it shuts down while one runs
	}
}
