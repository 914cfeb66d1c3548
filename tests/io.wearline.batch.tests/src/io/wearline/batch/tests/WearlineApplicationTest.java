package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import io.wearline.batch.Console;
import io.wearline.batch.WearlineApplication;

/** The IApplication as the launcher starts it: arguments from the context, paths from {@code wearline.cwd}. */
class WearlineApplicationTest {
	@TempDir
	Path cwd;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream systemOut;
	private PrintStream systemErr;
	private String systemCwd;

	@BeforeEach
	void captureProcess() {
		systemOut = System.out;
		systemErr = System.err;
		systemCwd = System.getProperty(Console.CWD_PROPERTY);
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		System.setProperty(Console.CWD_PROPERTY, cwd.toString());
	}

	@AfterEach
	void restoreProcess() {
		System.setOut(systemOut);
		System.setErr(systemErr);
		if (systemCwd == null) {
			System.clearProperty(Console.CWD_PROPERTY);
		} else {
			System.setProperty(Console.CWD_PROPERTY, systemCwd);
		}
	}

	@Test
	void helpReturnsExitOk() {
		assertSame(IApplication.EXIT_OK, new WearlineApplication().start(new Context("help")));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: wearline <command>"));
	}

	@Test
	void usageErrorReturnsTwoAsInteger() {
		assertEquals(Integer.valueOf(2), new WearlineApplication().start(new Context("convert")));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wearline convert: missing option --to FORMAT"));
	}

	@Test
	void relativePathsAreReadFromTheUsersWorkingDirectory() throws Exception {
		Files.createDirectories(cwd.resolve("only-here"));
		assertSame(IApplication.EXIT_OK, new WearlineApplication().start(new Context("validate", "only-here")));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("only-here holds no profile file"), err::toString);
		assertEquals(Integer.valueOf(2), new WearlineApplication().start(new Context("validate", "not-here")));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder: not-here"), err::toString);
	}

	/** The part of the launcher's context the application reads. */
	private record Context(String... words) implements IApplicationContext {
		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, words);
		}

		@Override
		public void applicationRunning() {
			// no splash screen to take down
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return null;
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, IApplication application) {
			throw new IllegalStateException("the application returns its result from start");
		}
	}
}
