package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.core.Machine;
import io.wearline.dsl.MachineText;
import io.wearline.synth.ModelFileException;
import io.wearline.synth.ModelManifest;
import io.wearline.synth.SynthesizerModel;

/** The model file: its manifest, a fresh load that samples as the saved model, and the refusal of bad files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFileTest {

	@TempDir
	static Path workspace;

	private Machine machine;
	private Path model;

	@BeforeAll
	void train() throws IOException {
		machine = TestMachines.machine(workspace, "saved", 3);
		model = TestMachines.trainedModel(machine, TestMachines.twoModes(1500, 4));
	}

	@Test
	void twoFreshLoadsSampleTheSameRows() throws IOException {
		SynthesizerModel first = SynthesizerModel.load(model);
		SynthesizerModel second = SynthesizerModel.load(machine.modelFolder());
		assertEquals(first.schema(), second.schema());
		io.wearline.data.Table a = first.sample(1000, 9);
		io.wearline.data.Table b = second.sample(1000, 9);
		for (int column = 0; column < 3; column++) {
			for (int row = 0; row < 1000; row++) {
				assertEquals(a.value(row, column), b.value(row, column));
			}
		}
	}

	@Test
	void theManifestSaysWhereTheModelCameFrom() throws IOException {
		ModelManifest manifest = SynthesizerModel.load(model).manifest();
		String profileText = MachineText.format(TestMachines.profile(machine));
		assertEquals(sha256(profileText.getBytes(StandardCharsets.UTF_8)), manifest.profileHash());
		assertEquals("saved", manifest.machineId());
		assertEquals(42, manifest.seed());
		assertEquals(3, manifest.epochs());
		assertEquals(1350, manifest.trainingRows());
		assertEquals(150, manifest.validationRows());
		assertEquals(3, manifest.columns());
		assertEquals(SynthesizerModel.load(model).transformer().layout().width(), manifest.layoutWidth());
		assertEquals("1.5.7", manifest.versions().get("javacpp"));
		assertEquals(64, manifest.modelId().length());
		JsonNode beside = new ObjectMapper().readTree(machine.modelFolder().resolve("manifest.json").toFile());
		assertEquals("wearline-model", beside.path("format").asText());
		assertEquals(sha256(Files.readAllBytes(model)), beside.path("fileSha256").asText());
		assertEquals(manifest.modelId(), beside.path("model").path("modelId").asText());
		assertEquals(manifest.profileHash(), beside.path("model").path("profileHash").asText());
	}

	@Test
	void aDamagedFileIsRefusedNamingTheFile() throws IOException {
		byte[] bytes = Files.readAllBytes(model);
		// a byte in the middle of the network's entry
		bytes[bytes.length / 2] ^= 0x5a;
		assertRefused(write("damaged.wlm", bytes), "damaged");
	}

	@Test
	void aCutOffFileIsRefused() throws IOException {
		byte[] bytes = Files.readAllBytes(model);
		assertRefused(write("cut.wlm", java.util.Arrays.copyOf(bytes, bytes.length / 3)), "");
	}

	@Test
	void aForeignFileIsRefused() throws IOException {
		assertRefused(write("notes.wlm", "just some notes\n".getBytes(StandardCharsets.UTF_8)), "not a Wearline model");
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertRefused(write("other.zip", zip.toByteArray()), "not a Wearline model");
	}

	@Test
	void aFileOfAnotherFormatVersionIsRefused() throws IOException {
		ByteArrayOutputStream changed = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(model));
				ZipOutputStream out = new ZipOutputStream(changed)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("manifest.json")) {
					content = new String(content, StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 7")
							.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
			}
		}
		assertRefused(write("future.wlm", changed.toByteArray()), "format version 7");
	}

	@Test
	void aMissingModelIsRefused() {
		assertRefused(workspace.resolve("nowhere.wlm"), "no model file");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = workspace.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private static void assertRefused(Path file, String reason) {
		ModelFileException e = assertThrows(ModelFileException.class, () -> SynthesizerModel.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(reason), e.getMessage());
		assertTrue(e.getMessage().contains("train the machine again"), e.getMessage());
		assertEquals(file, e.file());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
