package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.test.support.SampleProfiles;
import io.wearline.core.Machine;
import io.wearline.core.MachineBusyException;
import io.wearline.core.MachineLock;
import io.wearline.core.MachineStore;
import io.wearline.core.Profiles;

/**
 * The machine lock across two real processes: a second JVM holds {@code <machine>/.lock} as a training would (the
 * same {@code FileChannel.tryLock} and the same line in the file); the store refuses, naming that process; once the
 * process is killed with {@code kill -9}, the operating system drops its lock and the store proceeds.
 */
class MachineLockProcessTest {
	/** A plain Java program, run by the JVM's source launcher, that holds a lock file until its input closes. */
	private static final String HOLDER = """
			import java.nio.ByteBuffer;
			import java.nio.channels.FileChannel;
			import java.nio.channels.FileLock;
			import java.nio.charset.StandardCharsets;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;
			import java.time.Instant;

			public class HoldLock {
				public static void main(String[] args) throws Exception {
					FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.READ, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock();
					if (lock == null) {
						System.out.println("busy");
						return;
					}
					channel.truncate(0);
					String line = "train " + ProcessHandle.current().pid() + " " + Instant.now() + "\\n";
					channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
					channel.force(false);
					System.out.println("locked");
					System.out.flush();
					System.in.read();
				}
			}
			""";

	@TempDir
	Path workspace;

	private Process holder;

	@AfterEach
	void killHolder() throws InterruptedException {
		if (holder != null) {
			holder.destroyForcibly().waitFor();
		}
	}

	@Test
	void anotherProcessHoldingTheLockMakesTheMachineBusyUntilItIsKilled() throws Exception {
		MachineStore store = new MachineStore(workspace.resolve("ws"));
		Machine machine = store.create("m1", Profiles.get().load(SampleProfiles.write(workspace.resolve("m1.machine"),
				SampleProfiles.MOTOR)).profile());
		holder = holdLock(machine);
		long pid = holder.pid();

		MachineBusyException busy = assertThrows(MachineBusyException.class,
				() -> store.saveText(machine, SampleProfiles.MOTOR));
		assertEquals(pid, busy.holder().pid());
		assertEquals("train", busy.holder().operation());
		assertTrue(busy.getMessage().matches("machine m1 is busy: train started by process " + pid
				+ " at \\d\\d:\\d\\d"), busy.getMessage());
		assertThrows(MachineBusyException.class, () -> store.delete(machine));
		assertThrows(MachineBusyException.class, () -> store.rename(machine, "m2"));
		assertEquals(pid, store.status(machine).busy().pid());

		holder.destroyForcibly(); // kill -9: the process gets no chance to release anything itself
		assertTrue(holder.waitFor(60, TimeUnit.SECONDS));

		assertEquals(null, store.status(machine).busy(), "the lock died with its holder");
		store.saveText(machine, SampleProfiles.MOTOR);
		assertEquals(SampleProfiles.MOTOR, Files.readString(machine.profileFile()));
		try (MachineLock lock = MachineLock.acquire(machine, "seed")) {
			assertEquals(ProcessHandle.current().pid(), MachineLock.holder(machine).orElseThrow().pid());
		}
	}

	/** Starts the second JVM and returns once it says it holds the machine's lock. */
	private Process holdLock(Machine machine) throws IOException {
		Path source = SampleProfiles.write(workspace.resolve("HoldLock.java"), HOLDER);
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process process = new ProcessBuilder(java, source.toString(),
				machine.folder().resolve(MachineLock.LOCK_FILE).toString()).redirectError(
						ProcessBuilder.Redirect.INHERIT).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8));
		assertEquals("locked", out.readLine(), "the second process says it holds the lock");
		return process;
	}
}
