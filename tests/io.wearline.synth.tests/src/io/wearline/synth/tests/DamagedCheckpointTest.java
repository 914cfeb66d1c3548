package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.core.Machine;
import io.wearline.data.Table;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.SynthesizerModel;
import io.wearline.synth.Trainer;
import io.wearline.synth.TrainingListener;
import io.wearline.synth.TrainingOutcome;
import io.wearline.synth.TrainingRequest;
import io.wearline.synth.TrainingResult;

/**
 * A resume from a checkpoint whose {@code state.json} was damaged after a real cancelled run: refused with "the
 * checkpoint … is damaged …; train again without --resume", no model saved, never an endless loop.
 */
class DamagedCheckpointTest {

	@TempDir
	Path workspace;

	private final Table table = TestMachines.twoModes(1000, 1);

	@org.junit.jupiter.api.Test
	void aStateThatIsNotJsonIsDamagedInWordsNotJacksons() throws IOException {
		Machine machine = TestMachines.machine(workspace, "garbled", 30);
		TrainingResult cancelled = cancelledAfterTwoEpochs(machine);
		Path checkpoint = cancelled.runFolder().resolve("checkpoint.zip");
		rewrite(checkpoint, "state.json", "{\"epoch\": [".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		TrainingResult resumed = Trainer.train(TestMachines.input(machine, table), TrainingRequest.defaults()
				.withEpochs(4).withResume(true), TrainingListener.NONE, new NullProgressMonitor());
		assertEquals(TrainingOutcome.FAILED, resumed.outcome(), resumed.message());
		assertTrue(resumed.message().contains("is damaged (it is not valid JSON"), resumed.message());
		assertFalse(resumed.message().contains("REDACTED") || resumed.message().contains("Source:"),
				resumed.message());
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "epoch, -5", "epoch, 99999", "epoch, 0", "bestEpoch, 0", "bestEpoch, 7", "staleEpochs, -1",
			"staleEpochs, 1000", "seed, 7" })
	// a regression loops forever (epoch -5 did): the guard ends it as a failure instead of hanging the build
	@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aResumeFromADamagedCheckpointIsRefusedAndSavesNoModel(String field, long value) throws IOException {
		Machine machine = TestMachines.machine(workspace, "damaged", 30);
		TrainingRequest request = TrainingRequest.defaults().withEpochs(4);
		TrainingResult cancelled = cancelledAfterTwoEpochs(machine);
		Path checkpoint = cancelled.runFolder().resolve("checkpoint.zip");
		rewriteState(checkpoint, field, value);

		TrainingResult resumed = Trainer.train(TestMachines.input(machine, table), request.withResume(true),
				TrainingListener.NONE, new NullProgressMonitor());
		assertEquals(TrainingOutcome.FAILED, resumed.outcome(), resumed.message());
		assertTrue(resumed.message().contains("is damaged") && resumed.message().contains(field)
				&& resumed.message().endsWith("train again without --resume"), resumed.message());
		// epoch 99999 was taken as a finished run and its untrained network saved as the model
		assertFalse(Files.exists(machine.modelFolder().resolve(SynthesizerModel.FILE_NAME)), "no model is saved");
	}

	/** A run of four epochs of the machine, cancelled after the second. */
	private TrainingResult cancelledAfterTwoEpochs(Machine machine) {
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainingResult cancelled = Trainer.train(TestMachines.input(machine, table), TrainingRequest.defaults()
				.withEpochs(4), new TrainingListener() {
					@Override
					public void epochEnded(EpochRecord epoch) {
						if (epoch.epoch() == 2) {
							monitor.setCanceled(true);
						}
					}
				}, monitor);
		assertEquals(TrainingOutcome.CANCELLED, cancelled.outcome(), cancelled.message());
		return cancelled;
	}

	/** Rewrites one field of the checkpoint's state.json, keeping every other entry as it is. */
	private static void rewriteState(Path checkpoint, String field, long value) throws IOException {
		ObjectMapper json = new ObjectMapper();
		ObjectNode state = (ObjectNode) json.readTree(entries(checkpoint).get("state.json"));
		assertTrue(state.has(field), field);
		state.put(field, value);
		rewrite(checkpoint, "state.json", json.writeValueAsBytes(state));
	}

	/** Replaces one entry of the checkpoint's archive, keeping the others as they are. */
	private static void rewrite(Path checkpoint, String name, byte[] content) throws IOException {
		Map<String, byte[]> entries = entries(checkpoint);
		entries.put(name, content);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		Files.write(checkpoint, bytes.toByteArray());
	}

	/** The checkpoint's archive entries by name, in their order. */
	private static Map<String, byte[]> entries(Path checkpoint) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(checkpoint))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
