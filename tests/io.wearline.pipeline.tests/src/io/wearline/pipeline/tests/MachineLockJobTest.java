package io.wearline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;
import io.wearline.core.MachineLock;
import io.wearline.core.MachineStore;
import io.wearline.core.Profiles;
import io.wearline.core.StepOutcome;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedJob;
import io.wearline.sim.SimulationOptions;

/**
 * A machine Job against a machine another process holds: a real second JVM takes the machine's lock file as a
 * {@code wearline train} would, and the Job ends with the busy message, writing nothing; once that process is gone
 * the same Job runs.
 */
class MachineLockJobTest {

	/** A program that holds a lock file until its standard input closes, as another Wearline process would. */
	private static final String HOLDER = """
			import java.nio.ByteBuffer;
			import java.nio.channels.FileChannel;
			import java.nio.charset.StandardCharsets;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;
			import java.time.Instant;

			public class Holder {
				public static void main(String[] args) throws Exception {
					try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.READ, StandardOpenOption.WRITE)) {
						if (channel.tryLock() == null) {
							System.out.println("busy");
							return;
						}
						String holder = "train " + ProcessHandle.current().pid() + " " + Instant.now() + "\\n";
						channel.truncate(0);
						channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
						channel.force(false);
						System.out.println("locked");
						System.out.flush();
						while (System.in.read() >= 0) {
							// holds the lock until the test closes this process's input
						}
					}
				}
			}
			""";

	@TempDir
	Path root;

	@Test
	void aJobOnAMachineAnotherProcessHoldsEndsWithTheBusyMessageAndWritesNothing() throws Exception {
		MachineStore store = new MachineStore(root.resolve("ws"));
		Path file = BuildProfiles.profile(root.resolve("profiles"), "m1");
		MachineProfile profile = Profiles.get().load(file).profile();
		Machine machine = store.create("m1", profile);
		SimulationOptions options = SimulationOptions.ofProfile(profile, Optional.empty(), Optional.of(500L),
				Optional.empty());

		Path program = Files.writeString(root.resolve("Holder.java"), HOLDER, StandardCharsets.UTF_8);
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process holder = new ProcessBuilder(java, program.toString(), machine.folder().resolve(MachineLock.LOCK_FILE)
				.toString()).redirectErrorStream(true).start();
		try {
			BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
					StandardCharsets.UTF_8));
			assertEquals("locked", said.readLine(), "the other process holds the lock");

			SeedJob blocked = new SeedJob(machine, profile, options);
			blocked.schedule();
			blocked.join();
			IStatus status = blocked.getResult();
			assertEquals(IStatus.ERROR, status.getSeverity());
			assertTrue(MachineJob.busy(status));
			assertTrue(status.getMessage().matches("machine m1 is busy: train started by process " + holder.pid()
					+ " at \\d\\d:\\d\\d"), status.getMessage());
			assertTrue(blocked.result().isEmpty());
			assertFalse(Files.exists(machine.seedFile()), "nothing is written");
			assertTrue(StepOutcome.read(machine).isEmpty(), "not even the outcome: the machine is another's");
		} finally {
			holder.getOutputStream().close();
			holder.waitFor();
		}

		SeedJob after = new SeedJob(machine, profile, options);
		after.schedule();
		after.join();
		assertEquals(IStatus.OK, after.getResult().getSeverity(), after.getResult().getMessage());
		assertEquals(after.result().orElseThrow().rows(), BuildProfiles.read(machine.seedFile()).rowCount());
		StepOutcome outcome = StepOutcome.read(machine).orElseThrow();
		assertEquals("seed", outcome.step());
		assertEquals(StepOutcome.Result.SUCCEEDED, outcome.result());
		assertEquals(after.getResult().getMessage(), outcome.message());
	}
}
